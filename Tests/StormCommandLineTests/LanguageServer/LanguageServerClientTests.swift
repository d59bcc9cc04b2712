import Foundation
import Testing

/// `stormc lsp` driven by two clients from outside the project: pytest-lsp (a scripted session) and
/// headless Neovim (a typo, its diagnostic, its quick fix). The scripts are in Tests/LanguageServerClients.
/// Each works on a copy of a bundled model, so nothing in Models/ can change.
struct LanguageServerClientTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let scripts = root.appendingPathComponent("Tests/LanguageServerClients")

    /// A copy of Models/MotorInsurance in a fresh temporary folder.
    static func modelCopy() throws -> String {
        let copy = try temporaryFolder([:]) + "/MotorInsurance"
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Models/MotorInsurance").path, toPath: copy)
        return copy
    }

    /// Whether python3 can import `module`; says why not (or fails under STORM_REQUIRE_TOOLS=1).
    static func pythonModuleAvailable(_ module: String, package: String) -> Bool {
        guard toolAvailable("python3") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(module)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let found = (try? process.run()).map { process.waitUntilExit(); return process.terminationStatus == 0 } ?? false
        if !found {
            if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
                Issue.record("the Python package \(package) is missing (pip install \(package)), and STORM_REQUIRE_TOOLS=1 forbids skipping")
            } else {
                print("skipped: the Python package \(package) is not installed (pip install \(package))")
            }
        }
        return found
    }

    static func run(_ arguments: [String], model: String, stormc: URL) throws -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["STORMC"] = stormc.path
        environment["MODEL"] = model
        return try CommandLineTestSupport.process(URL(fileURLWithPath: "/usr/bin/env"), arguments, in: scripts.path, environment: environment)
    }

    @Test func pytestLSPScriptedSession() throws {
        guard Self.pythonModuleAvailable("pytest_lsp", package: "pytest-lsp"), let stormc = CommandLineTestSupport.executable() else { return }
        let result = try Self.run(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "pytest"], model: try Self.modelCopy(), stormc: stormc)
        #expect(result.status == 0, "\(result.out)\(result.error)")
        #expect(result.out.contains("5 passed"), "\(result.out)")
    }

    @Test func neovimAppliesTheQuickFixForATypo() throws {
        guard toolAvailable("nvim"), let stormc = CommandLineTestSupport.executable() else { return }
        let model = try Self.modelCopy()
        let original = try String(contentsOfFile: model + "/scoring.storm", encoding: .utf8)
        let result = try Self.run(["nvim", "--headless", "--clean", "-c", "luafile neovim/quickfix.lua"], model: model, stormc: stormc)
        #expect(result.status == 0, "\(result.out)\(result.error)")
        #expect((result.out + result.error).contains("PASS: typo diagnosed, quick fix applied, buffer reads: } emits TripScored"))
        // The fix went to the buffer; the file was never written.
        #expect(try String(contentsOfFile: model + "/scoring.storm", encoding: .utf8) == original)
    }

    @Test func theNeovimPluginStartsTheServerForStormFiles() throws {
        guard toolAvailable("nvim"), let stormc = CommandLineTestSupport.executable() else { return }
        let model = try Self.modelCopy()
        try "context Broken { command Rate emits TripScord }\n".write(toFile: model + "/broken.storm", atomically: true, encoding: .utf8)
        let plugin = Self.root.appendingPathComponent("Editors/neovim/storm.lua").path
        let result = try Self.run(["nvim", "--headless", "--clean", "-c", "let g:stormc_path = $STORMC", "-c", "source \(plugin)",
                                   "-c", "luafile neovim/plugin.lua"], model: model, stormc: stormc)
        #expect(result.status == 0, "\(result.out)\(result.error)")
        #expect((result.out + result.error).contains("PASS: the plugin started stormc lsp: unknown event `TripScord`"))
    }
}
