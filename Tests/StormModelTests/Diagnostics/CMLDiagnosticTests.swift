import Foundation
import StormCML
import StormDiagnostics
import StormKit
import StormSource
import Testing

/// The diagnostics of `stormc import cml` and `export cml`, rendered as `stormc` prints them.
/// (The corpus of `Tests/Fixtures/CML` has rendered goldens of its own, run through the built stormc.)
struct CMLDiagnosticTests {
    static func importing(_ text: String) -> String {
        let result = CMLImporter.translate([SourceFile(path: "model.cml", text: text)])
        let renderer = TextDiagnosticRenderer(sources: result.sources, colored: false)
        return result.diagnostics.sorted.map(renderer.render).joined()
    }

    @Test func badCMLIsReportedWhereItIs() {
        #expect(Self.importing("ContextMap {\n  A [U]=>[D] B\n}\n") == #"""
        model.cml:2:8: error: expected `->`, `<-`, `<->` or a relationship keyword (`Customer-Supplier`, `Upstream-Downstream`, `Partnership`, `Shared-Kernel`), found `=` [cml-syntax]
         2 |   A [U]=>[D] B
           |        ^

        """#)
    }

    @Test func whatStormCannotHoldIsAWarningAtItsPlace() {
        #expect(Self.importing("BoundedContext A {\n  knowledgeLevel = META\n}\n") == #"""
        model.cml:2:3: warning: `knowledgeLevel` of bounded context `A` not imported: Storm has no equivalent; kept as a comment [cml-unsupported]
         2 |   knowledgeLevel = META
           |   ^~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func anUnknownTypeIsImportedAsAString() {
        #expect(Self.importing("BoundedContext A {\n  Aggregate B {\n    Entity B {\n      aggregateRoot\n      Blob data\n    }\n  }\n}\n") == #"""
        model.cml:5:7: warning: type `Blob` is neither a CML built-in type nor an entity, value object or enum of the model: imported as String [cml-assumed]
         5 |       Blob data
           |       ^~~~

        """#)
    }

    @Test func anImportThatCannotBeReadIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm-cml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("model.cml").path
        try Data("import \"gone.cml\"\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CMLImporter.importFiles([path])
        let rendered = TextDiagnosticRenderer(sources: result.sources, colored: false).render(result.diagnostics.all[0])
        #expect(rendered == """
        \(path):1:8: error: cannot read the imported file `gone.cml` [cml-import]
         1 | import "gone.cml"
           |        ^~~~~~~~~~

        """)
    }

    @Test func whatCMLCannotHoldIsAWarningOfTheExport() {
        let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", text: "context A {\n  actor Clerk\n}\n")], name: "Example")
        var diagnostics = DiagnosticList()
        _ = CMLExporter.export(loaded.model, diagnostics: &diagnostics)
        let rendered = diagnostics.sorted.map(TextDiagnosticRenderer(sources: loaded.sources, colored: false).render).joined()
        #expect(rendered == #"""
        model.storm:2:3: warning: actor `Clerk` not exported: CML has no equivalent [cml-not-exported]
         2 |   actor Clerk
           |   ^~~~~~~~~~~

        """#)
    }
}
