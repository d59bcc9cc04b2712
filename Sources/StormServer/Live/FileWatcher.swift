import Foundation
import StormKit
#if canImport(Glibc)
import Glibc
#endif

/// Calls back when a `.storm` file under the watched paths is written, created, renamed or removed:
/// through inotify on Linux, by polling modification times every 100 ms elsewhere. Changes that arrive
/// together (an editor writing a temporary file, then renaming it) are reported once.
public final class FileWatcher: @unchecked Sendable {
    private let paths: [String]
    private let onChange: @Sendable () -> Void
    /// The folders inotify watches; set up by ``start()``, then read and added to by the watching thread only.
    private var watched = Set<String>()
    /// How long to wait for the rest of a burst of changes before reporting.
    static let settle: TimeInterval = 0.02

    /// Watches the files and folders of `paths` (folders recursively).
    public init(paths: [String], onChange: @escaping @Sendable () -> Void) {
        self.paths = paths
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own. What is watched is set up before this returns, so a change
    /// made right after it (a save as the server starts) is seen, however late that thread runs.
    public func start() {
        #if os(Linux)
        if let descriptor = openINotify() {
            spawn { [self] in
                readINotify(descriptor)
                poll(from: snapshot())
            }
            return
        }
        #endif
        let first = snapshot()
        spawn { [self] in poll(from: first) }
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = "storm-file-watcher"
        thread.start()
    }

    /// The folders to watch: each folder given and every folder below it, and the folder of each file.
    func folders() -> [String] {
        var result: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                result.append(URL(fileURLWithPath: path).deletingLastPathComponent().path)
                continue
            }
            result.append(path)
            let enumerator = fileManager.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                let full = path + "/" + relative
                if fileManager.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue { result.append(full) }
            }
        }
        return Array(Set(result)).sorted()
    }

    #if os(Linux)
    /// An inotify descriptor watching every folder, or nil when inotify cannot be used.
    private func openINotify() -> Int32? {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        watchFolders(descriptor)
        guard !watched.isEmpty else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Adds a watch for each folder not watched yet (new folders appear as the model grows).
    private func watchFolders(_ descriptor: Int32) {
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_DELETE_SELF)
        for folder in folders() where !watched.contains(folder) {
            if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
        }
    }

    /// Blocks reading inotify events; returns when the descriptor cannot be read any more.
    private func readINotify(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            var relevant = Self.relevant(buffer[..<count])
            // Collect the rest of the burst.
            var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while Glibc.poll(&pollDescriptor, 1, Int32(Self.settle * 1000)) > 0 {
                let more = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard more > 0 else { break }
                relevant = Self.relevant(buffer[..<more]) || relevant
            }
            if relevant {
                watchFolders(descriptor)
                onChange()
            }
        }
    }

    /// Whether a batch of inotify events names a `.storm` file or a folder.
    static func relevant(_ bytes: ArraySlice<UInt8>) -> Bool {
        var offset = bytes.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= bytes.endIndex {
            let mask = UInt32(bytes[offset + 4]) | UInt32(bytes[offset + 5]) << 8 | UInt32(bytes[offset + 6]) << 16 | UInt32(bytes[offset + 7]) << 24
            let length = Int(bytes[offset + 12]) | Int(bytes[offset + 13]) << 8 | Int(bytes[offset + 14]) << 16 | Int(bytes[offset + 15]) << 24
            let nameBytes = bytes[(offset + headerSize)..<min(bytes.endIndex, offset + headerSize + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if name.hasSuffix(".storm") || mask & UInt32(IN_ISDIR) != 0 || mask & UInt32(IN_DELETE_SELF) != 0 { return true }
            offset += headerSize + length
        }
        return false
    }
    #endif

    /// Compares the size and modification time of every `.storm` file every 100 ms with the last seen,
    /// `first` to begin with.
    private func poll(from first: [String: String]) {
        var previous = first
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            let current = snapshot()
            if current != previous {
                previous = current
                onChange()
            }
        }
    }

    private func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        for path in (try? ModelLoader.stormFiles(in: paths)) ?? [] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            result[path] = "\(attributes?[.size] ?? 0) \((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return result
    }
}
