import Foundation
import StormCommandLine
import Testing

/// Commands reading a project's `storm.json`.
@Suite struct ProjectConfigurationTests {
    @Test func readsFoldersAndGeneratorsFromTheConfiguration() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write([
            "Domain/Fleet/fleet.storm": "context Fleet {\n    event VehicleAdded { plate: String }\n}\n",
            "storm.json": #"{"models": "Domain", "output": "Out", "generators": ["swift"]}"#,
        ])
        let run = StormRun(["generate", "--config", folder.path("storm.json")])
        #expect(run.status == 0, "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: folder.path("Out/Fleet/Swift/Fleet.swift")))
    }

    @Test func aBadKeyIsNamed() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(["storm.json": #"{"output": "Out", "generator": ["swift"]}"#])
        let run = StormRun(["generate", "--config", folder.path("storm.json")])
        #expect(run.status == 2)
        #expect(run.error.contains("storm.json: unknown key `generator` (did you mean `generators`?)"), "\(run.error)")
    }

    @Test func mapFindsTheModelInTheConfiguredFolder() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write([
            "Domain/Fleet/fleet.storm": "context Fleet {\n    event VehicleAdded { plate: String }\n}\n",
            "storm.json": #"{"models": "Domain"}"#,
        ])
        let run = StormRun(["map", "--config", folder.path("storm.json")])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("digraph"))
        #expect(run.output.contains("Fleet"))
    }
}
