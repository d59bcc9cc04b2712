import Foundation
import StormKit
import Testing

@Suite struct ConfigurationTests {
    private func parse(_ json: String, path: String = "storm.json") throws(LoadError) -> Configuration {
        try Configuration(json: Data(json.utf8), path: path)
    }

    private func message(_ json: String) -> String? {
        do throws(LoadError) {
            _ = try parse(json)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func withoutKeysUsesModelsAndGenerated() throws {
        #expect(try parse("{}") == Configuration(models: "Models", output: "Generated", generators: nil, baseURI: nil))
    }

    @Test func readsEveryKey() throws {
        let configuration = try parse("""
            {"models": "Domain", "output": "Out", "generators": ["all"], "baseURI": "https://schemas.example.com/fleet/",
             "lint": {"rules": {}}}
            """)
        #expect(configuration == Configuration(models: "Domain", output: "Out", generators: nil, baseURI: "https://schemas.example.com/fleet/"))
    }

    @Test func foldersAreRelativeToTheFile() throws {
        let configuration = try parse(#"{"output": "Out"}"#, path: "Project/storm.json")
        #expect(configuration.models == "Project/Models")
        #expect(configuration.output == "Project/Out")
        #expect(try parse(#"{"models": "/abs/Models"}"#, path: "Project/storm.json").models == "/abs/Models")
    }

    @Test func namesAnUnknownKeyAndSuggestsTheClosest() {
        #expect(message(#"{"modles": "Models"}"#)
            == "storm.json: unknown key `modles` (did you mean `models`?); the keys are `baseURI`, `generators`, `lint`, `models`, `output`, `platforms`, `policy`")
        #expect(message(#"{"colour": true}"#) == "storm.json: unknown key `colour`; the keys are `baseURI`, `generators`, `lint`, `models`, `output`, `platforms`, `policy`")
    }

    @Test func namesTheKeyWithAWrongValue() {
        #expect(message(#"{"models": 3}"#) == "storm.json: `models` must be a folder name, such as \"Models\"")
        #expect(message(#"{"output": ""}"#) == "storm.json: `output` must be a folder name, such as \"Generated\"")
        #expect(message(#"{"baseURI": "schemas"}"#)?.hasPrefix("storm.json: `baseURI` must be an absolute URI") == true)
        #expect(message(#"{"generators": "all"}"#)?.hasPrefix("storm.json: `generators` must be a non-empty list") == true)
        #expect(message(#"{"generators": ["swfit"]}"#)?.hasPrefix("storm.json: unknown generator `swfit` in `generators` (did you mean `swift`?)") == true)
        #expect(message(#"{"lint": []}"#) == "storm.json: `lint` must be an object")
    }

    @Test func rejectsWhatIsNotAnObject() {
        #expect(message("[]") == "storm.json: must hold a JSON object")
        #expect(message("{").map { $0.hasPrefix("storm.json: not valid JSON") } == true)
    }

    @Test func keepsTheGeneratorsNamed() throws {
        #expect(try parse(#"{"generators": ["swift"]}"#).generators == ["swift"])
    }

    @Test func aNamedFileMustExist() {
        #expect(throws: LoadError.self) { try Configuration.load(path: "/nonexistent/storm.json") }
    }
}
