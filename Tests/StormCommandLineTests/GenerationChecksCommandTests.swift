import Foundation
import Testing

/// `stormc check` reports everything `stormc generate` would refuse, and `generate` then writes nothing;
/// long names get files of their own. Through the built `stormc` process.
struct GenerationChecksCommandTests {
    typealias Support = CommandLineTestSupport

    /// A model `generate` would refuse, for each kind of refusal, with the ID `check` reports.
    static let refused: [(id: String, model: String)] = [
        ("swift-name-hides-namespace", "context Trips {\n  data product Trips { output port Scores publishes TripEnded }\n  event TripEnded\n}\n"),
        ("swift-name-hides-namespace", "context Trips { event Scoring }\ncontext Scoring {}\n"),
        ("swift-name-hides-namespace", "context Trips {\n  data product Scores { output port Scoring publishes TripEnded }\n  event TripEnded\n}\ncontext ScoringEvent {}\n"),
        ("swift-name-collision", "context Trips {\n  event Type\n  event Type_\n}\n"),
        ("swift-name-collision", "context Type {}\ncontext Type_ {}\n"),
        ("swift-name-collision", "context Trips {\n  data product Scores {\n    input port feed consumes TripEnded\n    output port Feed publishes TripEnded\n  }\n  event TripEnded\n}\n"),
        ("swift-name-collision", "context ModelCatalog {}\n"),
        ("swift-reserved-name", "context Trips {\n  aggregate Trip { Command: String }\n}\n"),
        ("swift-reserved-name", "context Trips {\n  event TripEnded\n  read model History from TripEnded { Event: Int }\n}\n"),
        ("avro-name-collision", "context Weighing {\n  event ParcelWeighed { größe: Int, gr_u00F6_u00DFe: Int }\n}\n"),
        ("file-name-collision", "context Trips {\n  event TripEnded\n  event Tripended\n}\n"),
        ("file-name-collision", "context Trips {\n  command EndTrip\n  command Endtrip\n}\n"),
        ("file-name-collision", "context Trips {}\ncontext TRIPS {}\n"),
        ("package-target-collision", "context Trips {}\ncontext TripsTests {}\n"),
    ]

    @Test(arguments: 0..<refused.count)
    func checkReportsWhatGenerateWouldRefuseAndGenerateWritesNothing(_ index: Int) throws {
        guard let stormc = Support.executable() else { return }
        let (id, model) = Self.refused[index]
        let folder = try temporaryFolder(["Model/model.storm": model])
        let check = try Support.process(stormc, ["check", "Model"], in: folder, environment: [:])
        #expect(check.status == 1, "\(model)")
        #expect(check.error.contains("error: ") && check.error.contains("[\(id)]"), "\(model)\n\(check.error)")
        let generate = try Support.process(stormc, ["generate", "all", "Model", "--out", "out"], in: folder, environment: [:])
        #expect(generate.status == 1)
        #expect(generate.error.contains("[\(id)]"), "\(generate.error)")
        #expect(!generate.error.contains("[generator-error]"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "nothing is written")
    }

    @Test func everyProblemInOneRun() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["Model/model.storm": Self.refused.map(\.model).filter { !$0.contains("context Trips") }.joined()
            + "context Trips {\n  data product Trips { output port Scores publishes TripEnded }\n  event TripEnded\n  event Tripended\n}\n"])
        let check = try Support.process(stormc, ["check", "Model"], in: folder, environment: [:])
        #expect(check.status == 1)
        for id in ["swift-name-collision", "swift-name-hides-namespace", "avro-name-collision", "file-name-collision"] {
            #expect(check.error.contains("[\(id)]"), "\(id) missing from:\n\(check.error)")
        }
    }

    /// Two events sharing their first 250 characters get two JSON Schemas and two Avro schemas; a context
    /// of 86 CJK characters (258 bytes) generates; no file name is longer than 200 bytes.
    @Test func longNamesGetFilesOfTheirOwn() throws {
        guard let stormc = Support.executable() else { return }
        let long = String(repeating: "E", count: 250)
        let folder = try temporaryFolder([
            "Long/model.storm": "context C {\n  event \(long)A\n  event \(long)B\n}\n",
            "CJK/model.storm": "context \(String(repeating: "運", count: 86)) {\n  event TripEnded\n}\n",
        ])
        for model in ["Long", "CJK"] {
            let check = try Support.process(stormc, ["check", model], in: folder, environment: [:])
            #expect(check.status == 0, "\(check.error)")
            let generate = try Support.process(stormc, ["generate", "all", model, "--out", "out-\(model)"], in: folder, environment: [:])
            #expect(generate.status == 0, "\(generate.error)")
        }
        let schemas = try FileManager.default.contentsOfDirectory(atPath: folder + "/out-Long/JSONSchema/C/events")
        let avro = try FileManager.default.contentsOfDirectory(atPath: folder + "/out-Long/Avro/C")
        #expect(schemas.count == 2 && schemas.allSatisfy { $0.hasSuffix(".v1.schema.json") }, "\(schemas)")
        #expect(avro.count == 2 && avro.allSatisfy { $0.hasSuffix(".v1.avsc") }, "\(avro)")
        for root in ["out-Long", "out-CJK"] {
            let files = Self.files(under: folder + "/" + root)
            #expect(files.count > 10)
            for file in files { for component in file.split(separator: "/") { #expect(component.utf8.count <= 200, "\(file)") } }
        }
    }

    /// No two outputs of `generate all` share a path, even ignoring case as macOS does, for every bundled model.
    @Test func noTwoOutputsShareAPathIgnoringCase() throws {
        guard let stormc = Support.executable() else { return }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = try temporaryFolder([:])
        let result = try Support.process(stormc, ["generate", "all", "--out", folder], in: root.path, environment: [:])
        #expect(result.status == 0, "\(result.error)")
        var seen: [String: String] = [:]
        let files = Self.files(under: folder)
        #expect(files.count > 100)
        for file in files {
            let key = file.precomposedStringWithCanonicalMapping.lowercased()
            #expect(seen[key] == nil, "\(file) and \(seen[key] ?? "") are one file on macOS")
            seen[key] = file
        }
    }

    /// The files under `folder`, relative to it.
    static func files(under folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }
}
