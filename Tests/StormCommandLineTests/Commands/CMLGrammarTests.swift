import Foundation
import Testing

/// The CML that `stormc export cml` writes, checked by ``CMLGrammarRecognizer``: the rules of Context
/// Mapper's Xtext grammar, independent of Storm's own (lenient) CML importer. Context Mapper itself
/// runs on the JVM, which CI does not have.
@Suite struct CMLGrammarTests {
    static let root = ExportCMLCommandTests.root
    static let environment = ["NO_COLOR": "1"]

    @Test(arguments: ["Tests/Fixtures/CML/RoundTrip", "Tests/Fixtures/CML/Golden/Words.storm", "Tests/Fixtures/CML/Golden/Application.storm",
                      "Models/CargoShipping", "Models/MotorInsurance", "Models/OnlineRetail"])
    func exportedCMLFollowsContextMappersGrammar(_ path: String) throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = ImportCMLCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cml = folder.appendingPathComponent("model.cml")
        let export = try CommandLineTestSupport.process(stormc, ["export", "cml", path, "--out", cml.path], in: Self.root.path, environment: Self.environment)
        #expect(export.status == 0, "\(export.error)")
        let text = try String(contentsOf: cml, encoding: .utf8)
        let mistakes = CMLGrammarRecognizer.check(text)
        #expect(mistakes.isEmpty, "\(mistakes.joined(separator: "\n"))\n\(text)")
    }

    @Test func aNameCMLCannotReadIsAWarningOfTheExport() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = ImportCMLCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("context Fahrten {\n  event GebührBezahlt\n}\n".utf8).write(to: folder.appendingPathComponent("a.storm"))
        let result = try CommandLineTestSupport.process(stormc, ["export", "cml", "a.storm", "--out", "a.cml"], in: folder.path, environment: Self.environment)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("a.storm:2:3: warning: the name `GebührBezahlt` is not a CML name"), "\(result.error)")
        #expect(result.error.contains("[cml-not-exported]"))
    }

    @Test func theRecognizerRejectsWhatContextMapperRejects() {
        #expect(CMLGrammarRecognizer.check("BoundedContext A {\n}\n").isEmpty)
        #expect(!CMLGrammarRecognizer.check("BoundedContext type {\n}\n").isEmpty, "an unescaped keyword")
        #expect(CMLGrammarRecognizer.check("BoundedContext ^type {\n}\n").isEmpty)
        #expect(!CMLGrammarRecognizer.check("BoundedContext A { Aggregate B { Entity B { Map<String, String> m } } }").isEmpty, "a map attribute")
        #expect(!CMLGrammarRecognizer.check("BoundedContext A { Aggregate B { Entity B { - C c } } }").isEmpty, "an unresolved reference")
        #expect(!CMLGrammarRecognizer.check("ContextMap { A [D]->[U] B }\nBoundedContext A\nBoundedContext B\n").isEmpty, "roles the wrong way")
        #expect(!CMLGrammarRecognizer.check("BoundedContext Fährt {\n}\n").isEmpty, "a name that is not ASCII")
        let flow = """
            BoundedContext A { Application { Flow F {
              command Cmd delegates to B [S1, S2, S3 -> S4] emits event E
            } } Aggregate B { CommandEvent Cmd {} DomainEvent E {} enum States { aggregateLifecycle S1, S2, S3, S4 } } }
            """
        #expect(!CMLGrammarRecognizer.check(flow).isEmpty, "three states a transition leaves (CML allows two)")
        #expect(CMLGrammarRecognizer.check(flow.replacingOccurrences(of: "S1, S2, S3", with: "S1, S2")).isEmpty)
    }
}
