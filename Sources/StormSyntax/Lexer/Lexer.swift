import StormDiagnostics
import StormSource

/// Turns the bytes of a file into tokens and comments.
///
/// Works on UTF-8 bytes, without building strings, so a large model lexes in a few milliseconds per
/// megabyte. Never fails: bad bytes become `unknown` tokens with an error. The parser pulls tokens one
/// at a time (``next(_:diagnostics:)``), so a large file never holds all its tokens at once;
/// ``lex(_:id:diagnostics:)`` collects them all, for tests and tools.
public struct Lexer {
    /// The tokens collected by ``lex(_:id:diagnostics:)``, always ending with `endOfFile`.
    public private(set) var tokens: [Token] = []
    /// The comments met so far, in source order.
    public private(set) var comments: [CommentToken] = []
    /// The file being lexed, for the ranges of diagnostics.
    let file: FileID
    /// The offset of the next byte to read.
    private var position = 0
    /// Whether a line break came since the last token.
    private var startsLine = true
    /// Errors reported so far, and where the first one past the limit was (reported once, at the end).
    private var errors = 0
    private var firstOmitted: SourceRange?

    /// Creates a lexer at the start of a file, skipping a byte-order mark.
    public init(file: FileID, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Lexes a whole file, reporting bad characters and unterminated strings into `diagnostics`.
    public static func lex(_ file: SourceFile, id: FileID, diagnostics: inout DiagnosticList) -> Lexer {
        file.bytes.withUnsafeBufferPointer { bytes in
            var lexer = Lexer(file: id, bytes: bytes)
            var token: Token
            repeat {
                token = lexer.next(bytes, diagnostics: &diagnostics)
                lexer.tokens.append(token)
            } while token.kind != .endOfFile
            return lexer
        }
    }

    /// The next token of `bytes` (the same bytes on every call); `endOfFile` at the end, again and again.
    public mutating func next(_ bytes: UnsafeBufferPointer<UInt8>, diagnostics: inout DiagnosticList) -> Token {
        var i = position
        let n = bytes.count
        let file = self.file
        defer { position = i }

        func range(_ a: Int, _ b: Int) -> SourceRange { SourceRange(file: file, start: a, end: b) }

        // Past ``Parser/maximumErrors`` errors are only counted: binary garbage would make millions.
        func report(_ id: DiagnosticID, _ message: @autoclosure () -> String, at range: SourceRange) {
            errors += 1
            if errors <= Parser.maximumErrors {
                diagnostics.error(id, message(), at: range)
            } else if firstOmitted == nil {
                firstOmitted = range
            }
        }

        while i < n {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0C:
                i += 1
                continue
            case UInt8(ascii: "\n"):
                startsLine = true
                i += 1
                continue
            case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "/"):
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                var end = i
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let isDoc = end - start >= 3 && bytes[start + 2] == UInt8(ascii: "/") && (end - start == 3 || bytes[start + 3] != UInt8(ascii: "/"))
                comments.append(CommentToken(isDoc: isDoc, startsLine: startsLine, start: UInt32(start), end: UInt32(end)))
                continue
            default:
                break
            }

            let start = i
            var kind: TokenKind
            switch c {
            case UInt8(ascii: "{"): kind = .leftBrace; i += 1
            case UInt8(ascii: "}"): kind = .rightBrace; i += 1
            case UInt8(ascii: "["): kind = .leftBracket; i += 1
            case UInt8(ascii: "]"): kind = .rightBracket; i += 1
            case UInt8(ascii: "("): kind = .leftParen; i += 1
            case UInt8(ascii: ")"): kind = .rightParen; i += 1
            case UInt8(ascii: ":"): kind = .colon; i += 1
            case UInt8(ascii: ","): kind = .comma; i += 1
            case UInt8(ascii: "."): kind = .dot; i += 1
            case UInt8(ascii: "="): kind = .equals; i += 1
            case UInt8(ascii: "?"): kind = .question; i += 1
            case UInt8(ascii: "@"): kind = .at; i += 1
            case UInt8(ascii: "%"): kind = .percent; i += 1
            case UInt8(ascii: "-") where i + 1 < n && bytes[i + 1] == UInt8(ascii: ">"):
                kind = .rightArrow; i += 2
            case UInt8(ascii: "<") where i + 2 < n && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == UInt8(ascii: ">"):
                kind = .bothArrow; i += 3
            case UInt8(ascii: "<") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "-"):
                kind = .leftArrow; i += 2
            case UInt8(ascii: "<"): kind = .lessThan; i += 1
            case UInt8(ascii: ">"): kind = .greaterThan; i += 1
            case UInt8(ascii: "\""):
                kind = .string
                i += 1
                var terminated = false
                while i < n {
                    let b = bytes[i]
                    if b == UInt8(ascii: "\"") { i += 1; terminated = true; break }
                    if b == UInt8(ascii: "\n") { break }
                    if b == UInt8(ascii: "\\"), i + 1 < n, bytes[i + 1] != UInt8(ascii: "\n") { i += 2; continue }
                    i += 1
                }
                if !terminated {
                    report("unterminated-string", "unterminated string: add a closing `\"` before the end of the line", at: range(start, i))
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                if c == UInt8(ascii: "-") && !(i + 1 < n && Lexer.isDigit(bytes[i + 1])) {
                    kind = .minus
                    i += 1
                    break
                }
                kind = .number
                i += 1
                while i < n, Lexer.isDigit(bytes[i]) { i += 1 }
                if i + 1 < n, bytes[i] == UInt8(ascii: "."), Lexer.isDigit(bytes[i + 1]) {
                    i += 1
                    while i < n, Lexer.isDigit(bytes[i]) { i += 1 }
                }
            case _ where Lexer.isIdentifierStart(c):
                kind = .identifier
                i = Lexer.identifierEnd(bytes, from: i + 1)
            default:
                let (length, scalar) = c >= 0x80 ? Lexer.decodeScalar(bytes, at: i) : (1, nil)
                if Lexer.isIdentifierStart(c) || (scalar.map(Lexer.isLetterLike) ?? false) {
                    kind = .identifier
                    i += length
                    i = Lexer.identifierEnd(bytes, from: i)
                } else if c >= 0x80 {
                    kind = .unknown
                    i += length
                    if let scalar {
                        report("unexpected-character", "unexpected character `\(String(scalar))`", at: range(start, i))
                    } else {
                        report("invalid-utf8", "invalid UTF-8: the file must be encoded as UTF-8", at: range(start, i))
                    }
                } else {
                    kind = .unknown
                    i += 1
                    let shown = c >= 0x20 && c < 0x7F ? "`\(Character(Unicode.Scalar(c)))`" : "U+\(String(c, radix: 16, uppercase: true))"
                    report("unexpected-character", "unexpected character \(shown)", at: range(start, i))
                }
            }
            let token = Token(kind: kind, startsLine: startsLine, start: UInt32(start), end: UInt32(i))
            startsLine = false
            return token
        }
        if let omitted = firstOmitted {
            diagnostics.error("too-many-errors", SyntaxDiagnostics.tooManyErrors(omitted: errors - Parser.maximumErrors), at: omitted)
            firstOmitted = nil
        }
        return Token(kind: .endOfFile, startsLine: true, start: UInt32(n), end: UInt32(n))
    }

    /// The end of an identifier whose first character ends at `i`: ASCII letters, digits and `_`, and
    /// non-ASCII letters, marks and digits of any script.
    static func identifierEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let count = bytes.count
        // The ASCII run, the common case, in a tight loop; other scripts in a function of their own, so
        // that the Unicode property lookups cost nothing to ASCII names.
        while i < count, isIdentifierContinue(bytes[i]) { i += 1 }
        guard i < count, bytes[i] >= 0x80 else { return i }
        return nonASCIIIdentifierEnd(bytes, from: i)
    }

    @inline(never)
    static func nonASCIIIdentifierEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            if isIdentifierContinue(bytes[i]) { i += 1; continue }
            guard bytes[i] >= 0x80 else { break }
            let (length, scalar) = decodeScalar(bytes, at: i)
            guard let scalar, isLetterLike(scalar) || scalar.properties.numericType != nil else { break }
            i += length
        }
        return i
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always) static func isIdentifierStart(_ b: UInt8) -> Bool {
        // `b | 0x20` folds upper case onto lower case; the subtractions wrap below the range.
        (b | 0x20) &- 0x61 < 26 || b == 0x5F
    }

    @inline(__always) static func isIdentifierContinue(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
    }

    static func isLetterLike(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
        default: return false
        }
    }

    /// Decodes one scalar starting at `i`: its length in bytes, and nil when the bytes are not valid UTF-8.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Unicode.Scalar?) {
        let lead = bytes[i]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (1, nil)
        }
        guard i + length <= bytes.count else { return (1, nil) }
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return (k, nil) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (length, nil) }
        return (length, scalar)
    }
}
