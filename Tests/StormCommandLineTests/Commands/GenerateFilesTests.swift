import Foundation
import Testing

/// What README.md and Docs/CLI.md promise about the files `stormc generate` writes, through the built
/// `stormc`: written only when their contents change, nothing written when the model has errors, nothing
/// written outside `--out`, every file replaced atomically with no temporary file left behind.
@Suite struct GenerateFilesTests {
    @Test func filesAreWrittenOnlyWhenTheirContentsChange() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/trips.storm": CommandLineTestSupport.cleanModel["trips.storm"]!,
                              "Models/Fleet/scoring.storm": CommandLineTestSupport.cleanModel["scoring.storm"]!])
        let first = try stormc.run(["generate", "all", "Models/Fleet", "--out", "Out"], in: folder.root)
        #expect(first.status == 0, "\(first.error)")
        let written = try FolderSnapshot(folder.path("Out"))
        #expect(written.files.count > 10)

        let second = try stormc.run(["generate", "all", "Models/Fleet", "--out", "Out"], in: folder.root)
        #expect(second.status == 0)
        #expect(second.error.contains("Fleet: 0 written, \(written.files.count) unchanged in Out"), "\(second.error)")
        #expect(try FolderSnapshot(folder.path("Out")).touched(since: written) == [], "a second run wrote files again")

        // A change to one event rewrites the files that show it, and only those.
        _ = try folder.write(["Models/Fleet/scoring.storm": CommandLineTestSupport.cleanModel["scoring.storm"]!
            .replacingOccurrences(of: "score: Int = 100", with: "score: Int = 100, scoredBy: String?")])
        let third = try stormc.run(["generate", "all", "Models/Fleet", "--out", "Out"], in: folder.root)
        #expect(third.status == 0, "\(third.error)")
        let after = try FolderSnapshot(folder.path("Out"))
        let changed = after.files.keys.filter { after.files[$0]?.contents != written.files[$0]?.contents }.sorted()
        #expect(changed.contains("Swift/Scoring.swift"))
        #expect(changed.contains("JSONSchema/Scoring/events/TripScored.v1.schema.json"))
        #expect(!changed.contains("Swift/Trips.swift"))
        #expect(after.touched(since: written) == changed, "files written though their contents did not change")
    }

    @Test func nothingIsWrittenWhenTheModelHasErrors() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/tracking.storm": trackingModel])
        for format in ["all", "package"] {
            let first = try stormc.run(["generate", format, "Models/Fleet", "--out", format, "--runtime", "Storm"], in: folder.root)
            #expect(first.status == 0, "\(first.error)")
        }
        _ = try folder.write(["Models/Fleet/broken.storm": "context Billing {\n  event Billed { amount: Money }\n}\n"])
        let before = try FolderSnapshot(folder.root)
        for format in ["all", "package", "swift"] {
            let run = try stormc.run(["generate", format, "Models/Fleet", "--out", format, "--runtime", "Storm"], in: folder.root)
            #expect(run.status == 1)
            #expect(run.error.contains("broken.storm:2:26: error: unknown type `Money`"), "\(run.error)")
        }
        #expect(try FolderSnapshot(folder.root).touched(since: before) == [], "a model with errors wrote files")
        #expect(!FileManager.default.fileExists(atPath: folder.path("swift")))
    }

    @Test func nothingIsWrittenOutsideTheOutputFolder() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["work/Models/Fleet/tracking.storm": trackingModel, "work/README.md": "ours\n"])
        let before = try FolderSnapshot(folder.root)
        let all = try stormc.run(["generate", "all", "Models/Fleet", "--out", "../generated/all"], in: folder.path("work"))
        #expect(all.status == 0, "\(all.error)")
        let package = try stormc.run(["generate", "package", folder.path("work/Models/Fleet"), "--out", folder.path("generated/package"),
                                      "--runtime", folder.path("Storm")], in: folder.path("work"))
        #expect(package.status == 0, "\(package.error)")
        let after = try FolderSnapshot(folder.root)
        let outside = after.touched(since: before).filter { !$0.hasPrefix("generated/all/") && !$0.hasPrefix("generated/package/") }
        #expect(outside == [], "written outside --out")
        #expect(after.files.keys.contains("generated/package/Package.swift"))
        #expect(after.files.keys.contains("generated/all/Swift/Tracking.swift"))
        #expect(!after.files.keys.contains { $0.contains(".stormc-") }, "a temporary file was left behind")
    }

    /// A file that cannot be written is an I/O error (exit status 2) naming it; the files that could be
    /// are written whole, and no temporary file is left behind.
    @Test func aFileThatCannotBeWrittenIsAnErrorNamingIt() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/tracking.storm": trackingModel])
        // A folder where the Swift file would go: neither created nor renamed over.
        try FileManager.default.createDirectory(atPath: folder.path("Out/Tracking.swift"), withIntermediateDirectories: true)
        let run = try stormc.run(["generate", "swift", "Models/Fleet", "--out", "Out"], in: folder.root)
        #expect(run.status == 2)
        #expect(run.error.contains("stormc: error: cannot write Out/Tracking.swift: "), "\(run.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("Out")).sorted()
        #expect(names == ["FleetCatalog.swift", "Tracking.swift"], "\(names)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("Out/Tracking.swift")) == [])
        let catalog = try String(contentsOfFile: folder.path("Out/FleetCatalog.swift"), encoding: .utf8)
        #expect(catalog.hasSuffix("}\n"))
    }

    /// Files are written as they are generated, a format (or a few contexts) at a time. A run that
    /// fails part way, here at the Swift files, the seventh format of `all`, removes what it created before
    /// (files and folders) and leaves every file that was there as it was, old bytes and all.
    @Test func aRunThatFailsPartWayLeavesTheFolderAsItWas() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/tracking.storm": trackingModel, "Fresh/Swift": "not a folder\n"])
        let fresh = try stormc.run(["generate", "all", "Models/Fleet", "--out", "Fresh"], in: folder.root)
        #expect(fresh.status == 2)
        #expect(fresh.error.contains("stormc: error: cannot write Fresh/Swift/Tracking.swift: "), "\(fresh.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("Fresh")) == ["Swift"], "files or folders of the failed run were left")

        #expect(try stormc.run(["generate", "all", "Models/Fleet", "--out", "Out"], in: folder.root).status == 0)
        try FileManager.default.removeItem(atPath: folder.path("Out/Swift"))
        _ = try folder.write(["Out/Swift": "not a folder\n",
                              "Models/Fleet/tracking.storm": trackingModel.replacingOccurrences(of: "count: Int }", with: "count: Int }\n  event CustomerLeft")])
        let before = try FolderSnapshot(folder.path("Out"))
        let failed = try stormc.run(["generate", "all", "Models/Fleet", "--out", "Out"], in: folder.root)
        #expect(failed.status == 2)
        #expect(failed.error.contains("cannot write Out/Swift/Tracking.swift: "), "\(failed.error)")
        #expect(try FolderSnapshot(folder.path("Out")).touched(since: before) == [], "a failed run changed the folder")

        // The same run with the folder back writes the new event's files and the changed ones.
        try FileManager.default.removeItem(atPath: folder.path("Out/Swift"))
        let fixed = try stormc.run(["generate", "all", "Models/Fleet", "--out", "Out"], in: folder.root)
        #expect(fixed.status == 0, "\(fixed.error)")
        #expect(FileManager.default.fileExists(atPath: folder.path("Out/JSONSchema/Tracking/events/CustomerLeft.v1.schema.json")))
        #expect(try folder.read("Out/Swift/Tracking.swift").contains("CustomerLeft"))
    }

    /// A format with files per context hands them on a few contexts at a time (32), each batch written
    /// before the next is made. A run that fails in a later batch (here at the 40th context, whose folder is
    /// a file) removes what the earlier batches created, and changes no file that was there.
    @Test func aFormatThatFailsAfterItsFirstBatchLeavesTheFolderAsItWas() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        var model = "domain Shop { subdomain Core: core }\n"
        for index in 0..<40 { model += "context Part\(index) implements Shop.Core {\n  event Part\(index)Made { count: Int }\n}\n" }
        _ = try folder.write(["Models/Shop/shop.storm": model, "Out/Part39": "not a folder\n"])
        let written = try stormc.run(["generate", "jsonschema", "Models/Shop", "--out", "Kept"], in: folder.root)
        #expect(written.status == 0, "\(written.error)")
        try FileManager.default.moveItem(atPath: folder.path("Kept/Part0"), toPath: folder.path("Out/Part0"))
        let before = try FolderSnapshot(folder.path("Out"))
        _ = try folder.write(["Models/Shop/shop.storm": model.replacingOccurrences(of: "count: Int", with: "count: Int, note: String")])
        let failed = try stormc.run(["generate", "jsonschema", "Models/Shop", "--out", "Out"], in: folder.root)
        #expect(failed.status == 2)
        #expect(failed.error.contains("cannot create Out/Part39/events: "), "\(failed.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("Out")).sorted() == ["Part0", "Part39"],
                "files or folders of the failed run were left")
        #expect(try FolderSnapshot(folder.path("Out")).touched(since: before) == [], "a failed run changed the folder")
    }

    /// A reader that opens a generated file over and over while `stormc` replaces it sees the old bytes
    /// or the new ones, never a part: the file is written beside it and renamed into place.
    @Test func filesAreReplacedAtomically() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        func model(_ start: Int) -> String {
            "context Big {\n" + (0..<1_500).map { "  event Happened\($0) { at: Timestamp, note: String?, count: Int = \(start) }\n" }.joined() + "}\n"
        }
        _ = try folder.write(["Models/Big/big.storm": model(0)])
        #expect(try stormc.run(["generate", "swift", "Models/Big", "--out", "Out"], in: folder.root).status == 0)
        let path = folder.path("Out/Big.swift")
        let old = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(old.count > 500_000)

        _ = try folder.write(["Models/Big/big.storm": model(1)])
        #expect(try stormc.run(["generate", "swift", "Models/Big", "--out", "New"], in: folder.root).status == 0)
        let new = try Data(contentsOf: URL(fileURLWithPath: folder.path("New/Big.swift")))
        #expect(new != old)

        // The file is replaced six times, old and new in turn, while a thread of its own reads it. The
        // thread is not taken from a shared pool, which a busy test run can keep from it, and the rounds
        // begin once it has read the file.
        let reads = Reads()
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            reads.record(FileManager.default.contents(atPath: path))
            started.signal()
            while !reads.done { reads.record(FileManager.default.contents(atPath: path)) }
            finished.signal()
        }.start()
        started.wait()
        let readsBefore = reads.count
        for round in 0..<6 {
            _ = try folder.write(["Models/Big/big.storm": model(1 - round % 2)])
            let run = try stormc.run(["generate", "swift", "Models/Big", "--out", "Out"], in: folder.root)
            #expect(run.status == 0, "\(run.error)")
            #expect(run.error.contains("1 written"), "\(run.error)")
        }
        reads.done = true
        finished.wait()
        #expect(reads.count > readsBefore, "the reader did not read while the file was replaced")
        #expect(reads.seen.isSubset(of: [old, new]), "a reader saw \(reads.seen.subtracting([old, new]).map(\.count)) bytes, neither the old file nor the new")
        #expect(!reads.missing, "a reader found no file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("Out")).sorted() == ["Big.swift", "BigCatalog.swift"],
                "a temporary file was left behind")
    }

    /// What a reading thread saw, shared under a lock.
    private final class Reads: @unchecked Sendable {
        private let lock = NSLock()
        private var _done = false
        private(set) var seen: Set<Data> = []
        private(set) var count = 0
        private(set) var missing = false
        var done: Bool {
            get { lock.withLock { _done } }
            set { lock.withLock { _done = newValue } }
        }
        func record(_ data: Data?) {
            lock.withLock {
                count += 1
                guard let data else { missing = true; return }
                if seen.count < 8 { seen.insert(data) }
            }
        }
    }
}
