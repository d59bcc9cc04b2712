import StormKit
import StormSource
import Testing

/// Past failures of the front end, replayed: each input once went wrong (a crash, a range outside its
/// file, an error hidden or reported twice), and must now give exactly the diagnostics listed.
///
/// To add one: take the input (from a bug report, or the file that `STORM_FUZZ_TRACE` left behind when the
/// mutation test crashed), shrink it by hand while it still fails, fix the front end in a commit of its own,
/// and add an entry here with the commit's subject as its name. Bytes that are not UTF-8 are written
/// `⟨XX⟩`.
struct CorpusTests {
    struct Entry: Sendable, CustomStringConvertible {
        var name: String
        var input: String
        /// The IDs of the diagnostics, in file order.
        var expected: [String]
        var description: String { name }
    }

    static let corpus: [Entry] = [
        Entry(name: "Lexer: a name that starts with an ASCII letter goes on with letters of any script",
              input: "context Straße { event Geöffnet }\ncontext B { read model R from Straße.Geöffnet }\n",
              expected: []),
        Entry(name: "Parser: no second error at a character the lexer already reported",
              input: "context Trips {\n  actor 🚗\n  actor Driver # at the wheel\n  value V € { x: Int }\n}\n",
              expected: ["unexpected-character", "unexpected-character", "unexpected-character"]),
        Entry(name: "Parser: after an error in a context map, resume at the next line",
              input: "context A {}\ncontext B {}\ncontext map M {\n  A => B\n  A -> Nope\n  B [U -> A\n}\n",
              expected: ["expected-token", "unresolved-reference", "expected-token"]),
        Entry(name: "Parser: after an error in an enum, resume at the next line",
              input: "context C {\n  enum E {\n    a\n    1 x\n    b\n  }\n  event F { e: E = b }\n}\n",
              expected: ["expected-name"]),
        Entry(name: "Parser: a broken objective in a data product is reported once",
              input: "context C { data product P { freshness 1.5 hours } }\n",
              expected: ["invalid-number"]),
        Entry(name: "Resolver: a subdomain rejected for its kind is not reported again as unknown",
              input: "domain D { subdomain S: cor }\ncontext C implements S {}\ncontext E implements D.S {}\n",
              expected: ["unknown-subdomain-kind"]),
        Entry(name: "Resolver: an unknown type does not hide a misspelt annotation",
              input: "context C { value V { a: Nope @pi } }\n",
              expected: ["unresolved-reference", "unknown-annotation"]),
        Entry(name: "Lexer: invalid UTF-8 in a name, a string and a comment",
              input: "// caf⟨E9⟩\ncontext C {\n  vision \"caf⟨E9⟩\"\n  actor Dri⟨FF⟩\n}\n",
              expected: ["invalid-utf8", "invalid-utf8"]),
        Entry(name: "Lexer and parser: at most 1000 errors each per file",
              input: String(repeating: "⟨FF⟩", count: 1_200) + "\ncontext C { vision \"⟨FF⟩\" }\n",
              expected: Array(repeating: "invalid-utf8", count: 1_000) + ["too-many-errors", "invalid-utf8"]),
    ]

    @Test(arguments: corpus)
    func replay(_ entry: Entry) {
        let (bytes, _) = DiagnosticTestSupport.source(entry.input)
        let problems = RobustnessCheck.problems(in: [("corpus.storm", bytes)], renderJSON: true)
        #expect(problems.isEmpty, "\(problems)")
        let loaded = ModelLoader.load(sources: [SourceFile(path: "corpus.storm", bytes: bytes)], name: "Corpus")
        #expect(loaded.diagnostics.sorted.map(\.id.rawValue) == entry.expected)
    }
}
