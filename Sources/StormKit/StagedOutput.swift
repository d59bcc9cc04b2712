import Foundation
import StormGenerators
import StormSupport

/// Generated files on their way into an output folder, taken a batch at a time as generators make them,
/// so a run need not hold every file's contents at once.
///
/// Each file is compared with what is there as it arrives. A file whose contents are new is written at
/// once; one that would replace a different file goes to a temporary file beside it, renamed into place
/// by ``commit()``; a starter is the team's once it exists, created by ``commit()`` only when absent and
/// never replaced. A run that fails calls ``abort()``: the files and folders it created are removed and
/// its temporary files deleted, so nothing is left half written and no existing file has changed.
public final class StagedOutput {
    private let root: String
    private var paths: [String] = []
    private var states: [State] = []
    /// The files of ``staged`` that are starters, in order; their contents are not kept.
    public private(set) var starters: [GeneratedFile] = []
    private var recorded: Set<String>?
    private var createdFolders: [String] = []
    /// The folders met so far, each with whether this run created it: a file in a folder the run created
    /// cannot be there already, so it is created without first looking for it.
    private var knownFolders: [String: Bool] = [:]
    private var failure: LoadError?
    private var finished = false

    /// What became of one staged file, so far.
    enum State: Sendable {
        case unchanged
        /// Written where there was no file; removed again by ``abort()``.
        case created
        /// Written to a temporary file, renamed over the different file there by ``commit()``.
        case replacing(temporary: String)
        /// A new starter, written to a temporary file and linked into place by ``commit()``.
        case starting(temporary: String)
        /// A starter that exists or was written before: the team's.
        case kept
    }

    /// Staging into `directory` (the current folder when empty); nothing is touched until files arrive.
    public init(to directory: String) {
        root = directory.isEmpty ? "./" : directory.hasSuffix("/") ? directory : directory + "/"
    }

    /// Compares `files` with the folder and writes or stages each, a folder's files on one worker and
    /// folders on all cores (a model's Swift files run to tens of megabytes). After a failure, later files
    /// are not looked at; ``commit()`` throws the first failure.
    public func stage(_ files: [GeneratedFile]) {
        precondition(!finished, "staging after commit or abort")
        guard failure == nil, !files.isEmpty else { return }
        var targets: [String] = []
        targets.reserveCapacity(files.count)
        var folders: [String] = []
        // The indexes of the files of each folder, in order, by the folder's place in `folders`.
        var byFolder: [[Int]] = []
        var folderPositions: [String: Int] = [:]
        var lastFolder: (folder: String, position: Int)?
        for (index, file) in files.enumerated() {
            guard let relative = OutputWriter.relativePath(file.path) else {
                failure = LoadError("refusing to write outside the output folder: \(file.path)")
                return
            }
            let path = String(joining: root, relative)
            // A generator makes a folder's files one after another, so the folder is most often the last one.
            let position: Int
            if let last = lastFolder, Self.isFile(path, in: last.folder) {
                position = last.position
            } else {
                let folder = Self.folder(of: path)
                if let known = folderPositions[folder] {
                    position = known
                } else {
                    position = folders.count
                    folderPositions[folder] = position
                    folders.append(folder)
                    byFolder.append([])
                }
                lastFolder = (folder, position)
            }
            byFolder[position].append(index)
            targets.append(path)
            if file.isStarter { starters.append(GeneratedFile(path: file.path, contents: "", isStarter: true, checks: file.checks)) }
        }
        var fresh: [Bool] = []
        fresh.reserveCapacity(folders.count)
        do throws(LoadError) {
            for folder in folders {
                if let created = knownFolders[folder] {
                    fresh.append(created)
                } else {
                    let created = try makeFolder(folder)
                    knownFolders[folder] = created
                    fresh.append(created)
                }
            }
        } catch {
            failure = error
            return
        }
        if recorded == nil, files.contains(where: \.isStarter) { recorded = StarterRecord.read(in: root) }
        let recorded = self.recorded ?? []
        let results = StageResults(count: files.count)
        let paths = targets
        let folderFiles = byFolder
        let freshFolders = fresh
        // A folder's files are staged by one worker: creating files in one folder takes the folder's lock,
        // so workers sharing a folder wait on each other in the kernel.
        DispatchQueue.concurrentPerform(iterations: folderFiles.count) { folder in
            for index in folderFiles[folder] {
                results.set(Result { () throws(LoadError) -> State in
                    try Self.stage(files[index], at: paths[index], inNewFolder: freshFolders[folder],
                                   writtenBefore: recorded.contains(files[index].path))
                }, at: index)
            }
        }
        for (path, result) in zip(paths, results.values) {
            switch result! {
            case .success(let state):
                self.paths.append(path)
                states.append(state)
            case .failure(let error):
                // Whatever this batch did after the failure is undone with the rest.
                if failure == nil { failure = error }
            }
        }
    }

    /// Puts every staged file in place and records the starters written; the summary lists the files in
    /// the order they were staged. Throws the first failure, having undone the run as ``abort()`` does.
    public func commit() throws(LoadError) -> OutputWriter.Summary {
        precondition(!finished, "committing twice")
        if let failure {
            abort()
            throw failure
        }
        finished = true
        var summary = OutputWriter.Summary()
        var written: Set<String> = []
        for (index, (path, state)) in zip(paths, states).enumerated() {
            do throws(LoadError) {
                switch state {
                case .unchanged: summary.unchanged.append(path)
                case .created: summary.written.append(path)
                case .kept: summary.kept.append(path)
                case .replacing(let temporary):
                    try OutputWriter.rename(temporary, over: path)
                    summary.written.append(path)
                case .starting(let temporary):
                    if try OutputWriter.link(temporary, to: path) {
                        summary.written.append(path)
                        written.insert(path)
                    } else {
                        summary.kept.append(path)
                    }
                }
            } catch {
                // Files not yet in place are left as they were.
                for case .replacing(let temporary) in states[(index + 1)...] { unlink(temporary) }
                for case .starting(let temporary) in states[(index + 1)...] { unlink(temporary) }
                throw error
            }
        }
        // Last, once every starter is in place: the list of the starters written, never to be written again.
        if !starters.isEmpty {
            let record = StarterRecord.file(listing: (recorded ?? []).union(starters.map(\.path)))
            let path = root + record.path
            try makeFolder(Self.folder(of: path))
            let state = try Self.stage(record, at: path, inNewFolder: false, writtenBefore: false)
            if case .replacing(let temporary) = state { try OutputWriter.rename(temporary, over: path) }
            if case .unchanged = state { summary.unchanged.append(path) } else { summary.written.append(path) }
        }
        return summary
    }

    /// Undoes the run: removes the files and folders it created and its temporary files; files that were
    /// there before are as they were.
    public func abort() {
        guard !finished else { return }
        finished = true
        for (path, state) in zip(paths, states) {
            switch state {
            case .created: unlink(path)
            case .replacing(let temporary), .starting(let temporary): unlink(temporary)
            case .unchanged, .kept: break
            }
        }
        // Deepest first; a folder holding anything else is not empty and stays.
        for folder in createdFolders.reversed() { rmdir(folder) }
    }

    /// Where `file` stands against `path`: written in place when nothing is there, staged beside it when
    /// something different is, kept when it is a starter that exists or was written before. In a folder
    /// the run created, the file is created straight away: the look for a file there would cost a system
    /// call a file.
    private static func stage(_ file: GeneratedFile, at path: String, inNewFolder: Bool, writtenBefore: Bool) throws(LoadError) -> State {
        try file.withUTF8 { bytes in
            Result { () throws(LoadError) -> State in
                if file.isStarter {
                    if writtenBefore || access(path, F_OK) == 0 { return .kept }
                    return .starting(temporary: try OutputWriter.writeTemporary(beside: path, bytes))
                }
                if inNewFolder, try OutputWriter.createNew(path, with: bytes) { return .created }
                switch OutputWriter.existing(path, bytes) {
                case .same: return .unchanged
                case .different: return .replacing(temporary: try OutputWriter.writeTemporary(beside: path, bytes))
                case .absent:
                    return try OutputWriter.createNew(path, with: bytes) ? .created
                        : .replacing(temporary: try OutputWriter.writeTemporary(beside: path, bytes))
                }
            }
        }.get()
    }

    /// Creates `folder` and the folders above it that are missing, remembering those it made; whether
    /// `folder` was missing.
    @discardableResult
    private func makeFolder(_ folder: String) throws(LoadError) -> Bool {
        var missing: [String] = []
        var current = folder
        while !current.isEmpty, current != ".", access(current, F_OK) != 0 {
            missing.append(current)
            guard let slash = current.utf8.lastIndex(of: UInt8(ascii: "/")) else { break }
            current = String(current[..<slash])
        }
        var made = false
        for path in missing.reversed() {
            if mkdir(path, 0o777) == 0 {
                createdFolders.append(path)
                made = path == folder
            } else if errno != EEXIST {
                throw LoadError("cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
        return made
    }

    /// Whether `path` names a file right inside `folder`, as ``folder(of:)`` would find: `folder`, a `/`, and
    /// a name without one.
    private static func isFile(_ path: String, in folder: String) -> Bool {
        var path = path, folder = folder
        return path.withUTF8 { path in
            folder.withUTF8 { folder in
                guard path.count > folder.count, path[folder.count] == UInt8(ascii: "/"),
                      !path[(folder.count + 1)...].contains(UInt8(ascii: "/")) else { return false }
                return folder.isEmpty || memcmp(path.baseAddress!, folder.baseAddress!, folder.count) == 0
            }
        }
    }

    /// The folder of `path`, which holds a `/`: all before the last one. Read as bytes: a generator
    /// writes thousands of paths.
    private static func folder(of path: String) -> String {
        var path = path
        return path.withUTF8 { utf8 in
            var end = utf8.count - 1
            while end > 0, utf8[end] != UInt8(ascii: "/") { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<end]), as: UTF8.self)
        }
    }
}

/// Results filled in by concurrent workers, each at its own index, under a lock.
private final class StageResults: @unchecked Sendable {
    private(set) var values: [Result<StagedOutput.State, LoadError>?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ result: Result<StagedOutput.State, LoadError>, at index: Int) {
        lock.lock()
        values[index] = result
        lock.unlock()
    }
}
