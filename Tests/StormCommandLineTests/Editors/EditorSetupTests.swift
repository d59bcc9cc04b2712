import Foundation
import Testing

/// `Editors/`: the TextMate grammar checked with Oniguruma against every bundled model, and the editor
/// configurations pointing at `stormc lsp`.
struct EditorSetupTests {
    static let root = LanguageServerClientTests.root
    static let editors = root.appendingPathComponent("Editors")
    static let checker = root.appendingPathComponent("Tests/EditorGrammar/check_grammar.py").path

    /// Every .storm file of Models/ and Tests/Fixtures/Models/.
    static func models() -> [String] {
        ["Models", "Tests/Fixtures/Models"].flatMap { folder -> [String] in
            let base = root.appendingPathComponent(folder)
            let found = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            return found.filter { $0.hasSuffix(".storm") }.sorted().map { base.appendingPathComponent($0).path }
        }
    }

    static func check(grammar: String) throws -> CommandResult {
        try CommandLineTestSupport.process(URL(fileURLWithPath: "/usr/bin/env"), ["python3", checker, grammar] + models(),
                                           in: root.path, environment: ProcessInfo.processInfo.environment)
    }

    @Test func theGrammarCompilesWithOnigurumaAndScopesEveryKeywordOfTheModels() throws {
        guard LanguageServerClientTests.pythonModuleAvailable("onigurumacffi", package: "onigurumacffi") else { return }
        let result = try Self.check(grammar: Self.editors.appendingPathComponent("storm.tmLanguage.json").path)
        #expect(result.status == 0, "\(result.out)\(result.error)")
        #expect(result.out.contains("grammar OK: every regex compiles;"), "\(result.out)")
        #expect(result.out.contains("in \(Self.models().count) files all scoped"))
    }

    @Test func theCheckFailsWhenAKeywordIsNotScoped() throws {
        guard LanguageServerClientTests.pythonModuleAvailable("onigurumacffi", package: "onigurumacffi") else { return }
        let grammar = try String(contentsOf: Self.editors.appendingPathComponent("storm.tmLanguage.json"), encoding: .utf8)
        #expect(grammar.contains("(emits|by|"))
        let folder = try temporaryFolder(["broken.json": grammar.replacingOccurrences(of: "(emits|by|", with: "(by|"),
                                          "invalid.json": grammar.replacingOccurrences(of: "(emits|by|", with: "(emits|by(|")])
        let broken = try Self.check(grammar: folder + "/broken.json")
        #expect(broken.status == 1)
        #expect(broken.out.contains("keyword `emits` scoped"))
        let invalid = try Self.check(grammar: folder + "/invalid.json")
        #expect(invalid.status == 1)
        #expect(invalid.out.contains("does not compile"))
    }

    /// The keywords no bundled model writes yet (`query … returns … asked by`, `every 2 weeks`, an
    /// unclassified subdomain, an external context, a relationship's details) are scoped too.
    @Test func theGrammarScopesTheKeywordsNoBundledModelWrites() throws {
        guard LanguageServerClientTests.pythonModuleAvailable("onigurumacffi", package: "onigurumacffi") else { return }
        let folder = try temporaryFolder(["design.storm": """
            use Payments from "../payments"
            domain Library { subdomain Circulation: unclassified }
            extend context Lending {
              actor Librarian
              read model HoldSheet from HoldPlaced {
                query: String
                query DailySheet(day: Date) returns [String] asked by Librarian
              }
              policy Remind: every 2 weeks then Remind
              policy Yearly: every year then Remind
            }
            """, "details.storm": """
            external context Stripe implements Payments {
              command Charge { amount: Decimal, name: String, type: String, state: String } emits ChargeSucceeded
              event ChargeSucceeded
            }
            context map Landscape {
              type system landscape, state to be

              Customers [U, OHS, PL] -> [D, ACL] Policies {
                name "CustomerData"
                technology "REST over HTTP"
                exposes Customers.Customer, Customers.Address
                rights veto right
              }
            }
            """])
        let result = try CommandLineTestSupport.process(URL(fileURLWithPath: "/usr/bin/env"),
                                                        ["python3", Self.checker, Self.editors.appendingPathComponent("storm.tmLanguage.json").path,
                                                         folder + "/design.storm", folder + "/details.storm"],
                                                        in: Self.root.path, environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.out)")
        // design.storm: use, from, subdomain, unclassified, extend, context, actor, read, model, from, query,
        // returns, asked, by, policy, every, weeks, then, policy, every, year, then, domain (23); details.storm:
        // external, context, implements, command, emits, event, context, map, type, system, state, name,
        // technology, exposes, rights (15).
        #expect(result.out.contains("grammar OK: every regex compiles; 38 keywords in 2 files all scoped"), "\(result.out)")
    }

    static func json(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: editors.appendingPathComponent(path))) as? [String: Any] ?? [:]
    }

    @Test func theVSCodeExtensionContributesTheLanguageAndStartsStormcLSP() throws {
        let package = try Self.json("vscode/package.json")
        let contributes = package["contributes"] as? [String: Any]
        let language = (contributes?["languages"] as? [[String: Any]])?.first
        #expect(language?["id"] as? String == "storm")
        #expect(language?["extensions"] as? [String] == [".storm"])
        let grammar = (contributes?["grammars"] as? [[String: Any]])?.first
        #expect(grammar?["scopeName"] as? String == "source.storm")
        // The extension's grammar and configuration are the ones in Editors/ (symbolic links).
        for (inExtension, canonical) in [(grammar?["path"] as? String ?? "", "storm.tmLanguage.json"),
                                         (language?["configuration"] as? String ?? "", "language-configuration.json")] {
            let linked = try Data(contentsOf: Self.editors.appendingPathComponent("vscode").appendingPathComponent(inExtension))
            #expect(linked == (try Data(contentsOf: Self.editors.appendingPathComponent(canonical))))
        }
        // What `vsce package` reads: the entry point, the engine, the client library, and the licence
        // (a link to the repository's LICENSE, so vsce does not stop to ask).
        #expect(package["main"] as? String == "./extension.js")
        #expect((package["engines"] as? [String: Any])?["vscode"] as? String != nil)
        #expect((package["dependencies"] as? [String: Any])?["vscode-languageclient"] != nil)
        let licence = try Data(contentsOf: Self.editors.appendingPathComponent("vscode/LICENSE"))
        #expect(licence == (try Data(contentsOf: Self.editors.deletingLastPathComponent().appendingPathComponent("LICENSE"))))
        let script = try String(contentsOf: Self.editors.appendingPathComponent("vscode/extension.js"), encoding: .utf8)
        #expect(script.contains("args: [\"lsp\"]"))
        #expect(try Self.json("storm.tmLanguage.json")["scopeName"] as? String == "source.storm")
        #expect((try Self.json("language-configuration.json")["comments"] as? [String: Any])?["lineComment"] as? String == "//")
    }

    @Test func neovimHelixAndZedStartStormcLSP() throws {
        func text(_ path: String) throws -> String { try String(contentsOf: Self.editors.appendingPathComponent(path), encoding: .utf8) }
        #expect(try text("neovim/storm.lua").contains("cmd = { vim.g.stormc_path or \"stormc\", \"lsp\" }"))
        let helix = try text("helix/languages.toml")
        #expect(helix.contains("command = \"stormc\"\nargs = [\"lsp\"]"))
        #expect(helix.contains("file-types = [\"storm\"]"))
        #expect(try text("zed/src/storm.rs").contains("args: vec![\"lsp\".into()]"))
        #expect(try text("zed/languages/storm/config.toml").contains("path_suffixes = [\"storm\"]"))
    }
}
