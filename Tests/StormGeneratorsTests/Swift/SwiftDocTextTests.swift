@testable import StormGenerators
import Testing

/// Model text reaches Swift doc comments and string literals without ending them early: Swift ends a
/// `///` comment at a lone CR too, and editors show U+2028 and U+2029 as line breaks.
struct SwiftDocTextTests {
    @Test func docCommentsSplitAtEveryLineBreakAndHideControlCharacters() {
        var out = SwiftWriter()
        out.doc("fast\rfair\r\ncrlf\u{85}nel\u{2028}ls\u{2029}ps\u{B}vt\u{C}ff\nnul\u{0}x */ `q`  \ntab\tend\t")
        #expect(out.text == """
        /// fast
        /// fair
        /// crlf
        /// nel
        /// ls
        /// ps
        /// vt
        /// ff
        /// nul\u{FFFD}x */ `q`
        /// tab\tend

        """)
    }

    @Test func stringLiteralsEscapeC1ControlsAndSeparators() {
        #expect(SwiftIdentifier.stringLiteral("a\u{85}b\u{2028}c\u{2029}d\u{0}") == #""a\u{85}b\u{2028}c\u{2029}d\u{0}""#)
        #expect(!SwiftIdentifier.isPlainLiteral("a\u{2028}b"))
        #expect(SwiftIdentifier.isPlainLiteral("Fahrt 運行"))
    }
}
