import Foundation
import StormDiagnostics
import StormSource
import Testing

/// The JSON Lines renderer: one object a line, keys sorted, every place as line and column.
struct JSONDiagnosticRendererTests {
    let sources = SourceManager(files: [
        SourceFile(path: "Models/M/a.storm", text: "context A {\n  event E { at: Timestmp }\n}\n"),
        SourceFile(path: "b.storm", text: "context B { event E }"),
    ])

    func range(_ file: Int, _ start: Int, _ end: Int) -> SourceRange { SourceRange(file: FileID(file), start: start, end: end) }

    @Test func aDiagnosticIsOneLineOfJSONWithSortedKeys() {
        let diagnostic = Diagnostic(.error, "unresolved-reference", "unknown type `Timestmp`", at: range(0, 28, 36),
                                    fixIts: [FixIt("did you mean `Timestamp`?", edits: [TextEdit(range: range(0, 28, 36), replacement: "Timestamp")])])
        let line = JSONDiagnosticRenderer(sources: sources).render(diagnostic)
        #expect(line == #"{"column":17,"endColumn":25,"endLine":2,"fixIts":[{"edits":[{"column":17,"endColumn":25,"endLine":2,"line":2,"#
            + #""path":"Models/M/a.storm","replacement":"Timestamp"}],"message":"did you mean `Timestamp`?"}],"id":"unresolved-reference","#
            + #""line":2,"message":"unknown type `Timestmp`","notes":[],"path":"Models/M/a.storm","severity":"error","#
            + #""snippet":{"highlightEnd":25,"highlightStart":17,"text":"  event E { at: Timestmp }"}}"# + "\n")
    }

    @Test func notesCarryTheirOwnPlace() throws {
        let diagnostic = Diagnostic(.error, "duplicate-declaration", "again", at: range(1, 18, 19),
                                    notes: [DiagnosticNote("first here", at: range(0, 20, 21)), DiagnosticNote("no place")])
        let line = JSONDiagnosticRenderer(sources: sources).render(diagnostic)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.count == 2)
        #expect(notes[0]["message"] as? String == "first here")
        #expect(notes[0]["path"] as? String == "Models/M/a.storm")
        #expect(notes[0]["line"] as? Int == 2)
        #expect(notes[0]["column"] as? Int == 9)
        #expect(notes[1]["path"] == nil)
        #expect(object["path"] as? String == "b.storm")
    }

    @Test func aDiagnosticWithoutAPlaceHasNoPathOrLine() throws {
        let line = JSONDiagnosticRenderer(sources: sources).render(Diagnostic(.warning, "w", "whole model", at: nil))
        #expect(line == #"{"fixIts":[],"id":"w","message":"whole model","notes":[],"severity":"warning"}"# + "\n")
    }

    @Test func textIsEscaped() throws {
        let line = JSONDiagnosticRenderer(sources: sources).render(Diagnostic(.error, "x", "quote \" and / and \n and 運行", at: nil))
        #expect(!line.dropLast().contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "quote \" and / and \n and 運行")
    }
}
