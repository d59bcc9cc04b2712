import Foundation
import Testing

/// The built `stormc`, run as a user runs it: a process in a folder, its streams read at the same time.
struct BuiltStormc {
    let executable: URL

    /// Nil, after saying why (or failing when tools are required), when `stormc` is not built.
    init?() {
        guard let executable = CommandLineTestSupport.executable() else { return nil }
        self.executable = executable
    }

    /// Runs `stormc ARGUMENTS` in `folder`.
    func run(_ arguments: [String], in folder: String) throws -> CommandResult {
        try ChildProcess.run(executable, arguments, in: folder)
    }

    /// The repository's root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
}

/// What a folder holds, file by file: enough to tell whether a file was written (a new inode or
/// modification time) and whether its bytes changed.
struct FolderSnapshot: Equatable {
    struct Entry: Equatable {
        var inode: UInt64
        var modified: Date
        var contents: Data
    }

    var files: [String: Entry]

    /// Every regular file under `folder`, by path relative to it; an absent folder holds nothing.
    init(_ folder: String) throws {
        files = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return }
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            files[relative] = Entry(inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0,
                                    modified: attributes[.modificationDate] as? Date ?? .distantPast,
                                    contents: try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    /// The files that are new, gone, or written again (same bytes or not) since `earlier`, sorted.
    func touched(since earlier: FolderSnapshot) -> [String] {
        Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }.sorted()
    }
}

extension TemporaryFolder {
    /// Reads the file at `relative` as text.
    func read(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }

    /// Copies the folder at `source` to `relative`, creating its parent folders.
    func copy(_ source: String, to relative: String) throws {
        try FileManager.default.createDirectory(atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: path(relative))
    }
}

/// A small model with an aggregate, a policy and a read model: every kind of starter.
let trackingModel = """
/// Who follows which cargo.
context Tracking {
  id SubscriptionID

  aggregate Subscription {
    subscription: SubscriptionID @identity
    active: Bool = true
    command Subscribe { subscription: SubscriptionID } emits CustomerSubscribed
  }

  event CustomerSubscribed { subscription: SubscriptionID }
  command Notify { subscription: SubscriptionID }
  policy NotifyNewSubscribers: when CustomerSubscribed then Notify
  read model Subscribers from CustomerSubscribed { count: Int }
}

"""
