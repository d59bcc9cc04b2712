@testable import StormGenerators
import Testing

/// Model text made safe for labels, DOT and Mermaid, each escaper alone.
@Suite struct DiagramsEscapingTests {
    @Test func textSplitsAtEveryLineBreakAndHidesControlCharacters() {
        #expect(DiagramText.lines("a\nb\r\nc\rd\u{2028}e") == ["a", "b", "c", "d", "e"])
        #expect(DiagramText.lines("tab\there\u{1B}[31m\u{0}") == ["tab here\u{FFFD}[31m\u{FFFD}"])
        #expect(DiagramText.lines("Fahrt 運行 🚗") == ["Fahrt 運行 🚗"])
    }

    @Test func textWrapsAtSpacesAndKeepsLongWords() {
        #expect(DiagramText.wrapped("What if the box loses its signal?", width: 12) == ["What if the", "box loses", "its signal?"])
        #expect(DiagramText.wrapped("Supercalifragilistic word", width: 8) == ["Supercalifragilistic", "word"])
        #expect(DiagramText.wrapped("one\ntwo", width: 20) == ["one", "two"])
    }

    @Test func dotStringsCannotBeEndedEarly() {
        #expect(DOTEscaping.quoted(#"a "b" \c"#) == #""a \"b\" \\c""#)
        #expect(DOTEscaping.quoted("line\nbreak\u{0}") == "\"line\u{FFFD}break\u{FFFD}\"")
        #expect(DOTEscaping.quoted("運行") == "\"運行\"")
        #expect(DOTEscaping.quoted("Trips.event.TripEnded") == "\"Trips.event.TripEnded\"")
        #expect(DOTEscaping.quoted("del\u{7F}") == "\"del\u{FFFD}\"")
    }

    @Test func dotHTMLLabelsEscapeMarkupAndGraphvizEscapes() {
        #expect(DOTEscaping.html(#"<b>"Fish" & 'Chips'</b>"#) == "&lt;b&gt;&quot;Fish&quot; &amp; &#39;Chips&#39;&lt;/b&gt;")
        #expect(DOTEscaping.html(#"\N \G \\"#) == #"\\N \\G \\\\"#)
        #expect(DOTEscaping.html("Ωμέγα &amp;") == "Ωμέγα &amp;amp;")
    }

    @Test func commentsStayOnOneLine() {
        #expect(DOTEscaping.comment("Sources: a\nb.storm") == "// Sources: a b.storm")
        #expect(MermaidEscaping.comment("x\r\n%%{init: {}}%%") == "%% x #37;#37;{init: {}}#37;#37;")
    }

    @Test func mermaidTextKeepsLettersAndEncodesEverythingElse() {
        #expect(MermaidEscaping.text("Trip ended (late), ok?") == "Trip ended (late), ok?")
        #expect(MermaidEscaping.text(#""<script>"&#"#) == "#34;#60;script#62;#34;#38;#35;")
        #expect(MermaidEscaping.text("#quot; end; |x| [y] {z}") == "#35;quot#59; end#59; #124;x#124; #91;y#93; #123;z#125;")
        #expect(MermaidEscaping.text("Fahrt 運行 Ωμέγα é") == "Fahrt 運行 Ωμέγα é")
        #expect(MermaidEscaping.text("a · b → 🚗 ﬂ°°") == "a #183; b #8594; #128663; ﬂ#176;#176;")
    }

    @Test func theDOTPrinterIndentsBlocksAndKeepsAttributeOrder() {
        var printer = DOTPrinter()
        printer.block("digraph \(DOTPrinter.id("G"))") { printer in
            printer.statement("node", [("shape", .string("box")), ("label", .html("<B>x</B>"))])
            printer.line("")
            printer.block("subgraph \(DOTPrinter.id("cluster_a"))") { $0.statement(DOTPrinter.id("a"), []) }
        }
        #expect(printer.output == """
        digraph "G" {
            node [shape="box", label=<<B>x</B>>]

            subgraph "cluster_a" {
                "a"
            }
        }

        """)
    }
}
