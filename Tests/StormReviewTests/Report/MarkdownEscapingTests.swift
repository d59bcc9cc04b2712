@testable import StormReview
import Testing

/// Model text in the review's tables never breaks a row or opens HTML, whatever line breaks it holds.
struct MarkdownEscapingTests {
    @Test func cellsJoinEveryKindOfLineBreakAndHideControlCharacters() {
        #expect(Markdown.cell("a\rb\r\nc\u{85}d\u{2028}e\u{2029}f\u{B}g\nh") == "a b c d e f g h")
        #expect(Markdown.cell("nul\u{0}x|y<b>&") == "nul\u{FFFD}x\\|y&lt;b&gt;&amp;")
        #expect(Markdown.cell("tab\tkept") == "tab\tkept")
    }
}
