import StormSyntax
import Testing

/// Semantic event versions (`v2.1`, `v2.1.0`) and kept previous majors (`was v1 { … }`).
@Suite struct EventVersionTests {
    private func event(_ text: String) -> EventSyntax? {
        let syntax = ParserTestSupport.parseClean("context C { \(text) }")
        for declaration in syntax.declarations {
            guard case .context(let context) = declaration else { continue }
            for member in context.members { if case .event(let event) = member { return event } }
        }
        return nil
    }

    @Test func minorAndPatchAreReadAfterTheMajor() {
        #expect(event("event E v2")?.revision == nil)
        let minor = event("event E v2.1 { a: Int }")
        #expect(minor?.version?.value == 2)
        #expect(minor?.revision?.minor == 1)
        #expect(minor?.revision?.patch == nil)
        let patch = event("event E v12.0.3")
        #expect(patch?.version?.value == 12)
        #expect(patch?.revision?.written == ".0.3")
    }

    @Test func previousMajorsFollowTheEvent() {
        let kept = event("event E v3 { a: Int } was v2 { a: Int } was v1 { }")
        #expect(kept?.previous.map(\.version.value) == [2, 1])
        #expect(kept?.previous.first?.fields.map(\.name.text) == ["a"])
        #expect(kept?.previous.last?.fields.isEmpty == true)
    }

    @Test func theFormatterKeepsTheVersionAndWritesEachPreviousMajorOnItsOwnLine() {
        FormatTestSupport.expectFormat("context C {\n  event E   v2.1.0 {a:Int} was  v1{ a : Int }  // old\n}\n", """
            context C {
              event E v2.1.0 { a: Int }
              was v1 { a: Int } // old
            }

            """)
    }
}
