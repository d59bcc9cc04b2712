import StormDiagnostics
import StormSource
import Testing

/// The diagnostics of one run: counting, and the stable order they are printed in.
struct DiagnosticListTests {
    func range(_ file: Int, _ start: Int) -> SourceRange { SourceRange(file: FileID(file), start: start, end: start + 1) }

    @Test func errorsAndWarningsAreCounted() {
        var list = DiagnosticList()
        #expect(!list.hasErrors)
        list.warning("w", "a warning", at: nil)
        #expect(!list.hasErrors)
        list.error("e", "an error", at: range(0, 0))
        list.append(Diagnostic(.note, "n", "a note", at: nil))
        #expect(list.hasErrors)
        #expect(list.count(of: .error) == 1)
        #expect(list.count(of: .warning) == 1)
        #expect(list.count(of: .note) == 1)
        #expect(list.count(of: .remark) == 0)
    }

    @Test func sortedIsByFileThenPositionThenReportOrder() {
        var list = DiagnosticList()
        list.error("c", "file 1", at: range(1, 0))
        list.error("b", "file 0 later", at: range(0, 9))
        list.error("a", "no place", at: nil)
        list.error("d", "file 0 first", at: range(0, 2))
        list.warning("e", "file 0 first, reported second", at: range(0, 2))
        #expect(list.sorted.map(\.message) == ["no place", "file 0 first", "file 0 first, reported second", "file 0 later", "file 1"])
        #expect(list.all.map(\.message) == ["file 1", "file 0 later", "no place", "file 0 first", "file 0 first, reported second"])
    }

    @Test func listsAreJoined() {
        var first = DiagnosticList()
        first.error("a", "one", at: nil)
        var second = DiagnosticList()
        second.warning("b", "two", at: nil)
        first.append(contentsOf: second)
        #expect(first.all.map(\.id) == ["a", "b"])
    }

    @Test func severitiesAreOrderedByWeight() {
        #expect(Severity.remark < Severity.note)
        #expect(Severity.note < Severity.warning)
        #expect(Severity.warning < Severity.error)
        #expect(Severity.allCases.max() == .error)
    }

    @Test func identifiersCompareAndPrintAsTheirText() {
        let id: DiagnosticID = "unresolved-reference"
        #expect(id.description == "unresolved-reference")
        #expect(id == DiagnosticID(rawValue: "unresolved-reference"))
        #expect(DiagnosticID("a-b") < DiagnosticID("b-a"))
    }
}
