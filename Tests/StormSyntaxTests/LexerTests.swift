import StormDiagnostics
import StormSource
@testable import StormSyntax
import Testing

/// The lexer on its own: token kinds and ranges, comments, strings, numbers, encodings and bad bytes.
struct LexerTests {
    struct Lexed {
        var tokens: [Token]
        var comments: [CommentToken]
        var diagnostics: [Diagnostic]
        var bytes: [UInt8]

        /// Each token except the end of file as `kind:text`.
        var spelled: [String] {
            tokens.dropLast().map { "\($0.kind):\(String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self))" }
        }

        func text(_ comment: CommentToken) -> String {
            String(decoding: bytes[Int(comment.start)..<Int(comment.end)], as: UTF8.self)
        }
    }

    func lex(_ text: String) -> Lexed { lex(bytes: Array(text.utf8)) }

    func lex(bytes: [UInt8]) -> Lexed {
        var diagnostics = DiagnosticList()
        let lexer = Lexer.lex(SourceFile(path: "test.storm", bytes: bytes), id: FileID(0), diagnostics: &diagnostics)
        return Lexed(tokens: lexer.tokens, comments: lexer.comments, diagnostics: diagnostics.all, bytes: bytes)
    }

    @Test func everyPunctuationTokenHasItsKind() {
        let lexed = lex("{ } [ ] ( ) : , . = ? @ %")
        #expect(lexed.tokens.map(\.kind) == [.leftBrace, .rightBrace, .leftBracket, .rightBracket, .leftParen, .rightParen,
                                             .colon, .comma, .dot, .equals, .question, .at, .percent, .endOfFile])
        #expect(lexed.diagnostics.isEmpty)
    }

    @Test func arrowsAreSingleTokensWithOrWithoutSpaces() {
        #expect(lex("A->B A <- B A<->B").spelled == [
            "identifier:A", "rightArrow:->", "identifier:B",
            "identifier:A", "leftArrow:<-", "identifier:B",
            "identifier:A", "bothArrow:<->", "identifier:B",
        ])
        #expect(lex("[U]->[D]").spelled == ["leftBracket:[", "identifier:U", "rightBracket:]", "rightArrow:->",
                                            "leftBracket:[", "identifier:D", "rightBracket:]"])
    }

    @Test func aLoneLessThanGreaterThanOrMinusIsATokenForTheParserToExplain() {
        // Other languages' generics (`List<String>`) and Context Mapper's `Customer-Supplier` use them: the
        // parser says what to write instead, and reports them where they are unexpected.
        let lexed = lex("A < B - C > D")
        #expect(lexed.spelled == ["identifier:A", "lessThan:<", "identifier:B", "minus:-", "identifier:C", "greaterThan:>", "identifier:D"])
        #expect(lexed.diagnostics.isEmpty)
    }

    @Test func numbersAreIntegersDecimalsAndNegatives() {
        #expect(lex("42 -3 99.9 0.5 -1.25").spelled == ["number:42", "number:-3", "number:99.9", "number:0.5", "number:-1.25"])
    }

    @Test func aDotNotFollowedByADigitEndsTheNumber() {
        #expect(lex("1. 2.x 3.4.5").spelled == ["number:1", "dot:.", "number:2", "dot:.", "identifier:x", "number:3.4", "dot:.", "number:5"])
    }

    @Test func aVersionWordIsOneIdentifier() {
        #expect(lex("v2 v10 x_1 _y Name2").spelled == ["identifier:v2", "identifier:v10", "identifier:x_1", "identifier:_y", "identifier:Name2"])
    }

    @Test func aDigitStartsANumberNotAName() {
        #expect(lex("2fast").spelled == ["number:2", "identifier:fast"])
    }

    @Test func keywordsAreOrdinaryIdentifiers() {
        #expect(lex("context event type service").tokens.dropLast().allSatisfy { $0.kind == .identifier })
    }

    @Test func namesInAnyScriptAreIdentifiers() {
        let lexed = lex("Fahrt 運行 Διαδρομή رحلة Straße café_2 दूरी")
        #expect(lexed.spelled == ["identifier:Fahrt", "identifier:運行", "identifier:Διαδρομή", "identifier:رحلة",
                                  "identifier:Straße", "identifier:café_2", "identifier:दूरी"])
        #expect(lexed.diagnostics.isEmpty)
    }

    @Test func digitsOfOtherScriptsContinueAName() {
        #expect(lex("Zone٣ x१").spelled == ["identifier:Zone٣", "identifier:x१"])
    }

    @Test func anEmojiOutsideAStringIsAnUnexpectedCharacter() {
        let lexed = lex("A 🚗 B")
        #expect(lexed.spelled == ["identifier:A", "unknown:🚗", "identifier:B"])
        #expect(ParserTestSupport.summary(lexed.diagnostics) == ["unexpected-character: unexpected character `🚗`"])
        #expect(lexed.diagnostics[0].range == SourceRange(file: FileID(0), start: 2, end: 6))
    }

    @Test func controlCharactersAreNamedByCodePoint() {
        let lexed = lex("A \u{01} # B")
        #expect(ParserTestSupport.summary(lexed.diagnostics) == [
            "unexpected-character: unexpected character U+1",
            "unexpected-character: unexpected character `#`",
        ])
    }

    @Test func stringsKeepTheirQuotesAndEscapesInTheToken() {
        let lexed = lex(#""a" "say \"hi\"" "back\\slash" "é🚗""#)
        #expect(lexed.spelled == [#"string:"a""#, #"string:"say \"hi\"""#, #"string:"back\\slash""#, #"string:"é🚗""#])
        #expect(lexed.diagnostics.isEmpty)
    }

    @Test func aStringEndsAtTheEndOfItsLine() {
        let lexed = lex("\"open\nnext")
        #expect(lexed.spelled == ["string:\"open", "identifier:next"])
        #expect(ParserTestSupport.summary(lexed.diagnostics) == [
            "unterminated-string: unterminated string: add a closing `\"` before the end of the line",
        ])
        #expect(lexed.diagnostics[0].range == SourceRange(file: FileID(0), start: 0, end: 5))
    }

    @Test func aStringUnterminatedAtTheEndOfTheFileIsReported() {
        let lexed = lex("\"open \\")
        #expect(lexed.tokens.map(\.kind) == [.string, .endOfFile])
        #expect(lexed.diagnostics.map(\.id) == ["unterminated-string"])
    }

    @Test func aBackslashBeforeANewlineDoesNotContinueTheString() {
        let lexed = lex("\"a\\\nb\"")
        #expect(lexed.spelled.first == "string:\"a\\")
        #expect(lexed.diagnostics.map(\.id) == ["unterminated-string", "unterminated-string"])
    }

    @Test func commentsAreKeptBesideTheTokens() {
        let lexed = lex("/// doc\n// plain\nA // trailing\n//// four\n///\n")
        #expect(lexed.spelled == ["identifier:A"])
        #expect(lexed.comments.map(lexed.text) == ["/// doc", "// plain", "// trailing", "//// four", "///"])
        #expect(lexed.comments.map(\.isDoc) == [true, false, false, false, true])
        #expect(lexed.comments.map(\.startsLine) == [true, true, false, true, true])
    }

    @Test func aCommentEndsBeforeACarriageReturn() {
        let lexed = lex("// note\r\nA")
        #expect(lexed.comments.map(lexed.text) == ["// note"])
        #expect(lexed.spelled == ["identifier:A"])
    }

    @Test func aSlashThatStartsNoCommentIsUnexpected() {
        #expect(lex("A / B").diagnostics.map(\.message) == ["unexpected character `/`"])
    }

    @Test func tokensKnowWhetherTheyStartALine() {
        let lexed = lex("A B\n  C\r\nD")
        #expect(lexed.tokens.map(\.startsLine) == [true, false, true, true, true])
    }

    @Test func whitespaceIncludesTabsCarriageReturnsAndFormFeeds() {
        let lexed = lex("A\tB\rC\u{0C}D")
        #expect(lexed.spelled == ["identifier:A", "identifier:B", "identifier:C", "identifier:D"])
        #expect(lexed.diagnostics.isEmpty)
    }

    @Test func aByteOrderMarkIsSkipped() {
        let lexed = lex(bytes: [0xEF, 0xBB, 0xBF] + Array("domain D {}".utf8))
        #expect(lexed.spelled == ["identifier:domain", "identifier:D", "leftBrace:{", "rightBrace:}"])
        #expect(lexed.tokens[0].start == 3)
        #expect(lexed.tokens[0].startsLine)
        #expect(lexed.diagnostics.isEmpty)
    }

    @Test func aByteOrderMarkAfterTheStartIsUnexpected() {
        let lexed = lex("A \u{FEFF}")
        #expect(lexed.diagnostics.map(\.id) == ["unexpected-character"])
    }

    @Test func theTokensEndWithTheEndOfTheFile() {
        let empty = lex("")
        #expect(empty.tokens.count == 1)
        #expect(empty.tokens[0].kind == .endOfFile)
        let text = lex("A  ")
        #expect(text.tokens.last == Token(kind: .endOfFile, startsLine: true, start: 3, end: 3))
    }

    @Test(arguments: [
        ([0xFF], "a byte that never starts UTF-8"),
        ([0x80], "a lone continuation byte"),
        ([0xC3], "a sequence cut by the end of the file"),
        ([0xC3, 0x41], "a sequence cut by an ASCII byte"),
        ([0xC0, 0xAF], "an overlong encoding"),
        ([0xE0, 0x80, 0xAF], "an overlong three-byte encoding"),
        ([0xED, 0xA0, 0x80], "a UTF-16 surrogate"),
        ([0xF4, 0x90, 0x80, 0x80], "a code point above U+10FFFF"),
    ] as [([UInt8], String)])
    func invalidUTF8IsReportedAndSkipped(bytes: [UInt8], what: String) {
        let lexed = lex(bytes: Array("A ".utf8) + bytes + Array(" B".utf8))
        #expect(lexed.diagnostics.first?.id == "invalid-utf8", "\(what)")
        #expect(lexed.diagnostics.allSatisfy { $0.id == "invalid-utf8" || $0.id == "unexpected-character" }, "\(what)")
        #expect(lexed.tokens.first.map { lexed.bytes[Int($0.start)] } == UInt8(ascii: "A"))
        #expect(lexed.spelled.last == "identifier:B", "\(what)")
        for diagnostic in lexed.diagnostics {
            #expect(diagnostic.range.map { $0.start >= 2 && $0.end <= 2 + bytes.count } == true, "\(what)")
        }
    }

    @Test func everyByteValueLexesWithoutCrashingAndWithinTheFile() {
        var bytes: [UInt8] = []
        for value in 0...255 { bytes += [UInt8(value), UInt8(ascii: " ")] }
        let lexed = lex(bytes: bytes)
        #expect(lexed.tokens.last?.kind == .endOfFile)
        for token in lexed.tokens { #expect(token.start <= token.end && Int(token.end) <= bytes.count) }
        for diagnostic in lexed.diagnostics { #expect(diagnostic.range.map { $0.end <= bytes.count } == true) }
    }

    @Test func tokenRangesCoverTheTextExactly() {
        let text = "context Trips { event TripEnded v2 { at : [ Timestamp ] ? = -1.5 } }"
        let lexed = lex(text)
        let rebuilt = lexed.spelled.map { String($0.split(separator: ":", maxSplits: 1)[1]) }.joined(separator: " ")
        #expect(rebuilt == text)
    }
}
