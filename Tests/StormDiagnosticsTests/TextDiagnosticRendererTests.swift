@testable import StormDiagnostics
import StormSource
import Testing

/// The text renderer: GNU header, numbered source line, underline, help and notes, colour.
struct TextDiagnosticRendererTests {
    let sources = SourceManager(files: [
        SourceFile(path: "Models/M/trips.storm", text: "context Trips {\n  event TripEnded { at: Timestmp }\n}\n"),
        SourceFile(path: "other.storm", text: "\tcommand Go emits TripEnded\nlast line"),
        SourceFile(path: "intl.storm", text: "actor Fahrer 運行 x\n"),
    ])

    func range(_ file: Int, _ start: Int, _ end: Int) -> SourceRange { SourceRange(file: FileID(file), start: start, end: end) }

    @Test func anErrorHasAHeaderTheLineAndAnUnderline() {
        let diagnostic = Diagnostic(.error, "unresolved-reference", "unknown type `Timestmp`", at: range(0, 40, 48))
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        Models/M/trips.storm:2:25: error: unknown type `Timestmp` [unresolved-reference]
         2 |   event TripEnded { at: Timestmp }
           |                         ^~~~~~~~

        """)
    }

    @Test func fixItsAreShownAsHelp() {
        let diagnostic = Diagnostic(.error, "unresolved-reference", "unknown type `Timestmp`", at: range(0, 40, 48),
                                    fixIts: [FixIt("did you mean `Timestamp`?", edits: [TextEdit(range: range(0, 40, 48), replacement: "Timestamp")])])
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        Models/M/trips.storm:2:25: error: unknown type `Timestmp` [unresolved-reference]
         2 |   event TripEnded { at: Timestmp }
           |                         ^~~~~~~~
          = help: did you mean `Timestamp`?

        """)
    }

    @Test func notesPointAtTheirOwnPlaceInAnyFile() {
        let diagnostic = Diagnostic(.error, "duplicate-declaration", "event `TripEnded` is declared more than once in context `Trips`",
                                    at: range(1, 18, 27), notes: [DiagnosticNote("`TripEnded` is first declared here", at: range(0, 24, 33))])
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        other.storm:1:19: error: event `TripEnded` is declared more than once in context `Trips` [duplicate-declaration]
         1 | \tcommand Go emits TripEnded
           | \t                 ^~~~~~~~~
        Models/M/trips.storm:2:9: note: `TripEnded` is first declared here
         2 |   event TripEnded { at: Timestmp }
           |         ^~~~~~~~~

        """)
    }

    @Test func aNoteWithoutAPlaceIsJustAHeader() {
        let diagnostic = Diagnostic(.warning, "x-y", "something", at: range(1, 28, 32), notes: [DiagnosticNote("consider this")])
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        other.storm:2:1: warning: something [x-y]
         2 | last line
           | ^~~~
        stormc: note: consider this

        """)
    }

    @Test func aDiagnosticWithoutAPlaceNamesTheTool() {
        let diagnostic = Diagnostic(.error, "generator-error", "cannot generate", at: nil)
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == "stormc: error: cannot generate [generator-error]\n")
    }

    @Test func anEmptyRangeIsACaret() {
        let diagnostic = Diagnostic(.error, "unclosed-block", "expected `}`", at: range(1, 37, 37))
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        other.storm:2:10: error: expected `}` [unclosed-block]
         2 | last line
           |          ^

        """)
    }

    @Test func aRangeAtTheEndOfAFileEndingInANewlineIsOnTheEmptyLastLine() {
        let diagnostic = Diagnostic(.error, "unclosed-block", "expected `}`", at: range(0, 53, 53))
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        Models/M/trips.storm:4:1: error: expected `}` [unclosed-block]
         4 | \n   | ^

        """)
    }

    @Test func aRangeOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        let diagnostic = Diagnostic(.error, "x", "spans", at: range(0, 8, 40))
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        Models/M/trips.storm:1:9: error: spans [x]
         1 | context Trips {
           |         ^~~~~~~

        """)
    }

    @Test func highlightsOnTheSameLineAreUnderlinedWithTildes() {
        let diagnostic = Diagnostic(.error, "x", "with highlights", at: range(0, 24, 33), highlights: [range(0, 18, 23), range(0, 40, 46), range(1, 0, 3)])
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        Models/M/trips.storm:2:9: error: with highlights [x]
         2 |   event TripEnded { at: Timestmp }
           |   ~~~~~ ^~~~~~~~~       ~~~~~~

        """)
    }

    @Test func underlinesAreAsWideAsTheTextOnATerminal() {
        // `運行` is six bytes and two characters, and takes four columns on a terminal; the column in the
        // header counts bytes, as compilers do.
        let diagnostic = Diagnostic(.error, "x", "wide", at: range(2, 20, 21))
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic) == """
        intl.storm:1:21: error: wide [x]
         1 | actor Fahrer 運行 x
           |                   ^

        """)
        let name = Diagnostic(.error, "x", "name", at: range(2, 13, 19))
        #expect(TextDiagnosticRenderer(sources: sources).render(name).hasSuffix("|              ^~~~\n"))
    }

    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("Ω", 1), ("ب", 1), ("運", 2), ("한", 2), ("ｶ", 1), ("Ａ", 2), ("🚗", 2), ("😀", 2), ("\t", 1),
    ])
    func terminalColumnsOfACharacter(character: String, columns: Int) {
        #expect(TextDiagnosticRenderer.columns(Character(character)) == columns)
    }

    @Test func theGutterIsAsWideAsTheLineNumber() {
        let text = String(repeating: "\n", count: 120) + "actor A"
        let manager = SourceManager(files: [SourceFile(path: "long.storm", text: text)])
        let diagnostic = Diagnostic(.warning, "w", "far down", at: SourceRange(file: FileID(0), start: 126, end: 127))
        #expect(TextDiagnosticRenderer(sources: manager).render(diagnostic) == """
        long.storm:121:7: warning: far down [w]
         121 | actor A
             |       ^

        """)
    }

    @Test func everySeverityHasItsLabel() {
        let renderer = TextDiagnosticRenderer(sources: sources)
        let labels = Severity.allCases.map { severity in
            renderer.render(Diagnostic(severity, "x", "m", at: nil)).split(separator: " ")[1]
        }
        #expect(labels == ["error:", "warning:", "note:", "remark:"])
    }

    @Test func colourIsOffByDefault() {
        let diagnostic = Diagnostic(.error, "x", "m", at: range(0, 0, 7), notes: [DiagnosticNote("n", at: range(0, 8, 13))], fixIts: [FixIt("help")])
        #expect(!TextDiagnosticRenderer(sources: sources).render(diagnostic).contains("\u{1B}"))
    }

    @Test func colouredOutputWrapsEachPartInANSIEscapes() {
        let diagnostic = Diagnostic(.error, "x", "m", at: range(0, 0, 7), fixIts: [FixIt("help")])
        let text = TextDiagnosticRenderer(sources: sources, colored: true).render(diagnostic)
        #expect(text == "\u{1B}[1mModels/M/trips.storm:1:1:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1mm\u{1B}[0m [x]\n"
            + "\u{1B}[34m 1 | \u{1B}[0mcontext Trips {\n"
            + "\u{1B}[34m   | \u{1B}[0m\u{1B}[1;32m^~~~~~~\u{1B}[0m\n"
            + "\u{1B}[1;36m  = help: \u{1B}[0mhelp\n")
        let stripped = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == TextDiagnosticRenderer(sources: sources).render(diagnostic))
    }

    @Test func warningsAndNotesHaveTheirColours() {
        let renderer = TextDiagnosticRenderer(sources: sources, colored: true)
        #expect(renderer.render(Diagnostic(.warning, "x", "m", at: nil)).contains("\u{1B}[1;33mwarning:"))
        #expect(renderer.render(Diagnostic(.error, "x", "m", at: nil, notes: [DiagnosticNote("n")])).contains("\u{1B}[1;36mnote:"))
    }

    @Test func aListOfDiagnosticsIsRenderedInTheOrderGiven() {
        let renderer = TextDiagnosticRenderer(sources: sources)
        let first = Diagnostic(.error, "a", "first", at: nil)
        let second = Diagnostic(.warning, "b", "second", at: nil)
        #expect(renderer.render([first, second]) == renderer.render(first) + renderer.render(second))
    }

    @Test func rangesOutsideTheFileDoNotCrash() {
        let renderer = TextDiagnosticRenderer(sources: sources)
        let text = renderer.render(Diagnostic(.error, "x", "beyond", at: range(1, 500, 900), highlights: [range(1, 800, 2)]))
        #expect(text.hasPrefix("other.storm:2:10: error: beyond [x]\n"))
    }
}
