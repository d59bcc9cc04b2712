import StormDiagnostics
import StormSource

/// A recursive-descent parser for Storm that recovers from errors, so one run reports every independent
/// error. Each grammar rule of `Docs/Language.md` has a parsing function of the same name in the files of
/// this folder. Nesting is bounded (``maximumDepth``) and every loop consumes a token, so no input can make
/// it recurse without bound or spin.
public struct Parser {
    /// The deepest nesting of types and list literals accepted.
    public static let maximumDepth = 64
    /// The most errors the lexer, and then the parser, report for one file; one `too-many-errors` counts
    /// the rest.
    public static let maximumErrors = 1000

    let file: SourceFile
    let fileID: FileID
    /// Pulls tokens on demand; its comments are read by the trivia functions.
    var lexer: Lexer
    /// Errors of the lexer, kept apart so that error recovery counts only the parser's own.
    var lexerDiagnostics = DiagnosticList()
    /// The current token and the two after it: all the lookahead the grammar needs.
    private(set) var current: Token
    private var next1: Token
    private var next2: Token
    /// The last token consumed (the first token before any is consumed).
    private(set) var previous: Token
    /// How many tokens have been consumed: a position for progress checks and error deduplication.
    var index = 0
    var commentCursor = 0
    var depth = 0
    var diagnostics = DiagnosticList()
    /// The token index of the last error, to report at most one error per token.
    var lastErrorIndex = -1
    /// How many errors were reported, shown or not: recovery skips ahead after each.
    var reportedErrors = 0
    /// Where the first error past ``maximumErrors`` was.
    var firstOmitted: SourceRange?
    /// Whether blocks may also end by indentation (see ``parse(_:id:diagnostics:)``).
    var indentationRecovery = false
    /// The indentation of the line of the current token, and of the line of the previous one.
    var lineIndent = 0
    var previousLineIndent = 0
    /// While above zero, errors are counted (so recovery still skips) but not shown: the parser is reading
    /// a declaration as what an earlier error guessed it to be.
    var muted = 0
    /// The name of the declaration being parsed, set once its name is read.
    var pendingName: Name?
    /// The names of declarations that began but failed to parse: references to them are not reported.
    var unfinished: [Name] = []

    /// Parses one file. Lexer and parser errors are appended to `diagnostics`.
    ///
    /// Blocks close at their `}`, or early at a line that can only start a top-level declaration. When
    /// the first parse finds an error, a second parse also reads the indentation: a block ends at the
    /// first line indented no deeper than the line that opened it (when its members are indented deeper),
    /// and a `}` indented like the members closes nothing. Its result is kept when it explains the file
    /// with no more errors: a missing `}` is then reported where the block must have ended, not at the
    /// end of the file or where a later `}` happened to match. A file that parses without error is never
    /// read by its indentation.
    public static func parse(_ file: SourceFile, id: FileID, diagnostics: inout DiagnosticList) -> FileSyntax {
        var parser = Parser(file: file, fileID: id)
        var syntax = parser.parseFile()
        if parser.reportedErrors > 0 {
            var second = Parser(file: file, fileID: id)
            second.indentationRecovery = true
            let secondSyntax = second.parseFile()
            if second.reportedErrors <= parser.reportedErrors { (parser, syntax) = (second, secondSyntax) }
        }
        diagnostics.append(contentsOf: parser.lexerDiagnostics)
        diagnostics.append(contentsOf: parser.diagnostics)
        if let firstOmitted = parser.firstOmitted {
            diagnostics.error("too-many-errors", SyntaxDiagnostics.tooManyErrors(omitted: parser.reportedErrors - maximumErrors), at: firstOmitted)
        }
        return syntax
    }

    init(file: SourceFile, fileID: FileID) {
        self.file = file
        self.fileID = fileID
        var lexerDiagnostics = DiagnosticList()
        var lexer = file.bytes.withUnsafeBufferPointer { Lexer(file: fileID, bytes: $0) }
        let tokens = file.bytes.withUnsafeBufferPointer { bytes in
            (lexer.next(bytes, diagnostics: &lexerDiagnostics), lexer.next(bytes, diagnostics: &lexerDiagnostics),
             lexer.next(bytes, diagnostics: &lexerDiagnostics))
        }
        (current, next1, next2) = tokens
        previous = tokens.0
        self.lexer = lexer
        lineIndent = indentation(of: current)
        previousLineIndent = lineIndent
        self.lexerDiagnostics = lexerDiagnostics
    }

    // MARK: Tokens

    /// The token `offset` places after the current one (at most 2 places).
    func peek(_ offset: Int = 1) -> Token {
        switch offset {
        case ...0: current
        case 1: next1
        default: next2
        }
    }

    var atEnd: Bool { current.kind == .endOfFile }

    /// The comments the lexer has met so far.
    var comments: [CommentToken] { lexer.comments }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        guard token.kind != .endOfFile else { return token }
        index += 1
        previous = token
        current = next1
        next1 = next2
        next2 = file.bytes.withUnsafeBufferPointer { lexer.next($0, diagnostics: &lexerDiagnostics) }
        previousLineIndent = lineIndent
        if current.startsLine { lineIndent = indentation(of: current) }
        return token
    }

    /// The indentation of the line `token` starts (a tab counts as 4 columns): the blanks before it.
    func indentation(of token: Token) -> Int {
        var i = Int(token.start)
        var width = 0
        while i > 0 {
            let b = file.bytes[i - 1]
            guard b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") else { break }
            width += b == UInt8(ascii: " ") ? 1 : 4
            i -= 1
        }
        return width
    }

    func range(_ token: Token) -> SourceRange {
        SourceRange(file: fileID, start: Int(token.start), end: Int(token.end))
    }

    /// From the start of `start` to the end of the last consumed token.
    func range(from start: Token) -> SourceRange {
        SourceRange(file: fileID, start: Int(start.start), end: Int(max(previous.end, start.end)))
    }

    func text(_ token: Token) -> String {
        String(decoding: file.bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// Whether `token` is an identifier spelled `word` (compares bytes, allocates nothing).
    func isWord(_ token: Token, _ word: StaticString) -> Bool {
        guard token.kind == .identifier, Int(token.end - token.start) == word.utf8CodeUnitCount else { return false }
        let start = Int(token.start)
        return word.withUTF8Buffer { expected in
            for k in 0..<expected.count where file.bytes[start + k] != expected[k] { return false }
            return true
        }
    }

    /// Whether the current token is the keyword `word`.
    func at(_ word: StaticString) -> Bool { isWord(current, word) }

    /// Consumes the current token if it is the keyword `word`.
    mutating func eat(_ word: StaticString) -> Bool {
        guard at(word) else { return false }
        advance()
        return true
    }

    /// Consumes the current token if it has the given kind.
    mutating func eat(_ kind: TokenKind) -> Token? {
        guard current.kind == kind else { return nil }
        return advance()
    }

    /// How the current token is shown in messages: "`word`" or "the end of the file".
    var found: String { describe(current) }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .identifier, .number: "`\(text(token))`"
        case .string: "a string"
        default: token.kind.spelling
        }
    }

    // MARK: Errors

    /// Reports an error at the current token, unless one was already reported there (by the parser, or by
    /// the lexer for a character that starts no token).
    mutating func error(_ id: DiagnosticID, _ message: String, at range: SourceRange? = nil, notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        guard lastErrorIndex != index, current.kind != .unknown else { return }
        lastErrorIndex = index
        report(id, message, at: range ?? self.range(current), notes: notes, fixIts: fixIts)
    }

    /// Reports an error wherever it is; past ``maximumErrors``, only counts it.
    mutating func report(_ id: DiagnosticID, _ message: String, at range: SourceRange,
                         notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        reportedErrors += 1
        guard muted == 0 else { return }
        guard reportedErrors <= Parser.maximumErrors else {
            if firstOmitted == nil { firstOmitted = range }
            return
        }
        diagnostics.error(id, message, at: range, notes: notes, fixIts: fixIts)
    }

    /// Consumes a token of `kind`, or reports "expected X context" and consumes nothing.
    @discardableResult
    mutating func expect(_ kind: TokenKind, _ context: @autoclosure () -> String) -> Token? {
        if let token = eat(kind) { return token }
        error("expected-token", SyntaxDiagnostics.expected(kind.spelling, context(), found: found))
        return nil
    }

    /// Consumes the keyword `word`, or reports it missing. A misspelling of it (`wen` for `when`) is
    /// reported with a fix-it and read as the keyword.
    mutating func expect(_ word: StaticString, _ context: @autoclosure () -> String) -> Bool {
        if eat(word) { return true }
        let misspelt = isNear(word)
        error("expected-token", SyntaxDiagnostics.expected("`\(word)`", context(), found: found), fixIts: misspelt ? didYouMean(word) : [])
        if misspelt { advance() }
        return misspelt
    }

    /// Consumes the optional keyword `word`, or a misspelling of it on the same line, which is reported.
    mutating func eatOptional(_ word: StaticString, _ context: @autoclosure () -> String) -> Bool {
        if eat(word) { return true }
        guard !current.startsLine, isNear(word) else { return false }
        error("expected-token", SyntaxDiagnostics.expected("`\(word)`", context(), found: found), fixIts: didYouMean(word))
        advance()
        return true
    }

    /// Whether the current token is a name near the keyword `word`, but not it.
    func isNear(_ word: StaticString) -> Bool {
        current.kind == .identifier && Suggestion.closest(to: text(current), in: ["\(word)"]) != nil
    }

    /// A fix-it replacing the current token with `word`.
    func didYouMean(_ word: StaticString) -> [FixIt] {
        [FixIt("did you mean `\(word)`?", edits: [TextEdit(range: range(current), replacement: "\(word)")])]
    }

    // MARK: Names and literals

    /// `Name`; reports `what` missing and returns nil when the current token is not a name.
    mutating func parseName(_ what: @autoclosure () -> String) -> Name? {
        guard current.kind == .identifier else {
            // A name written in quotes is reported, and read as the name it quotes.
            if current.kind == .string, let quoted = quotedName(current) {
                error("expected-name", SyntaxDiagnostics.expectedName(what(), found: found),
                      fixIts: [FixIt("write `\(quoted)` without quotes", edits: [TextEdit(range: range(current), replacement: quoted)])])
                return Name(quoted, range: range(advance()))
            }
            error("expected-name", SyntaxDiagnostics.expectedName(what(), found: found))
            return nil
        }
        let token = advance()
        return Name(text(token), range: range(token))
    }

    /// The text of a string token that would be a name without its quotes (`"Adjuster"`), or nil.
    func quotedName(_ token: Token) -> String? {
        let start = Int(token.start) + 1, end = Int(token.end) - 1
        guard end > start, file.bytes[end] == UInt8(ascii: "\""), Lexer.isIdentifierStart(file.bytes[start]),
              file.bytes[start..<end].allSatisfy({ Lexer.isIdentifierContinue($0) }) else { return nil }
        return file.text(from: start, to: end)
    }

    /// `QualifiedName = Name { "." Name } ;`
    mutating func parseQualifiedName(_ what: @autoclosure () -> String) -> QualifiedName? {
        guard let first = parseName(what()) else { return nil }
        guard current.kind == .dot, peek().kind == .identifier else { return QualifiedName(first) }
        var parts = [first]
        while current.kind == .dot, peek().kind == .identifier {
            advance()
            let token = advance()
            parts.append(Name(text(token), range: range(token)))
        }
        return QualifiedName(parts)
    }

    /// `QualifiedName { "," QualifiedName }`
    /// A line that starts like a member (`policy Name`, `event Name`) right after the keyword is not the
    /// list but the next member: the list is reported missing, and that line left alone.
    mutating func parseQualifiedNameList(_ what: @autoclosure () -> String) -> [QualifiedName] {
        if current.startsLine, peek().kind == .identifier || peek().kind == .string, !peek().startsLine,
           Parser.contextMemberStarters.contains(where: { isWord(current, $0) }) {
            error("expected-name", SyntaxDiagnostics.expectedName(what(), found: "the end of the line"), at: range(previous))
            return []
        }
        var names: [QualifiedName] = []
        repeat {
            guard let name = parseQualifiedName(what()) else { break }
            names.append(name)
        } while eat(.comma) != nil
        return names.trimmed()
    }

    /// A string literal, with escapes decoded.
    mutating func parseString(_ what: @autoclosure () -> String) -> StringLiteral? {
        guard current.kind == .string else {
            error("expected-token", SyntaxDiagnostics.expectedName(what(), found: found))
            return nil
        }
        let token = advance()
        return StringLiteral(decodeString(token), range: range(token))
    }

    /// The value of a string token: quotes removed, escapes decoded, invalid UTF-8 reported.
    mutating func decodeString(_ token: Token) -> String {
        var bytes: [UInt8] = []
        var i = Int(token.start) + 1
        var end = Int(token.end)
        if end - 1 > Int(token.start), file.bytes[end - 1] == UInt8(ascii: "\"") { end -= 1 }
        bytes.reserveCapacity(end - i)
        while i < end {
            let b = file.bytes[i]
            guard b == UInt8(ascii: "\\"), i + 1 < end else {
                bytes.append(b)
                i += 1
                continue
            }
            let escape = file.bytes[i + 1]
            switch escape {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\"")); i += 2
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); i += 2
            case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n")); i += 2
            case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t")); i += 2
            case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r")); i += 2
            case UInt8(ascii: "u") where i + 2 < end && file.bytes[i + 2] == UInt8(ascii: "{"):
                var j = i + 3
                var value: UInt32 = 0
                var digits = 0
                while j < end, digits <= 8, let digit = hexValue(file.bytes[j]) {
                    value = value &* 16 &+ UInt32(digit)
                    digits += 1
                    j += 1
                }
                if j < end, file.bytes[j] == UInt8(ascii: "}"), digits > 0, digits <= 8, let scalar = Unicode.Scalar(value) {
                    bytes.append(contentsOf: Array(String(scalar).utf8))
                    i = j + 1
                } else {
                    reportEscape(from: i, to: min(j + 1, end))
                    i = min(j + 1, end)
                }
            default:
                reportEscape(from: i, to: i + 2)
                i += 2
            }
        }
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        report("invalid-utf8", "invalid UTF-8 in string: the file must be encoded as UTF-8", at: range(token))
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func reportEscape(from start: Int, to end: Int) {
        let escapeRange = SourceRange(file: fileID, start: start, end: end)
        report("invalid-escape", SyntaxDiagnostics.invalidEscape(file.text(from: start, to: end)), at: escapeRange)
    }

    private func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// An integer literal; reports when it is missing or does not fit.
    mutating func parseInteger(_ what: String) -> IntegerLiteral? {
        guard current.kind == .number else {
            error("expected-token", SyntaxDiagnostics.expectedName(what, found: found))
            return nil
        }
        let token = advance()
        guard let value = Int(text(token)) else {
            report("invalid-number", SyntaxDiagnostics.invalidNumber(text(token)), at: range(token))
            return nil
        }
        return IntegerLiteral(value, range: range(token))
    }
}
