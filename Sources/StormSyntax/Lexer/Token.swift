/// The kinds of token of the Storm language. Keywords are contextual, so they lex as identifiers.
public enum TokenKind: UInt8, Sendable, Hashable {
    case identifier, string, number
    case leftBrace, rightBrace, leftBracket, rightBracket, leftParen, rightParen
    case colon, comma, dot, equals, question, at, percent
    /// `->`
    case rightArrow
    /// `<-`
    case leftArrow
    /// `<->`
    case bothArrow
    /// `<`, `>` and `-` are not Storm punctuation, but other languages' generics (`List<String>`) and
    /// Context Mapper's words (`Customer-Supplier`) use them: they are tokens, so the parser can say what
    /// to write instead, and reports them where they are unexpected.
    case lessThan, greaterThan, minus
    /// A character that starts no token; the lexer has reported it.
    case unknown
    case endOfFile

    /// How the token is named in "expected …" messages.
    public var spelling: String {
        switch self {
        case .identifier: "a name"
        case .string: "a string"
        case .number: "a number"
        case .leftBrace: "`{`"
        case .rightBrace: "`}`"
        case .leftBracket: "`[`"
        case .rightBracket: "`]`"
        case .leftParen: "`(`"
        case .rightParen: "`)`"
        case .colon: "`:`"
        case .comma: "`,`"
        case .dot: "`.`"
        case .equals: "`=`"
        case .question: "`?`"
        case .at: "`@`"
        case .percent: "`%`"
        case .rightArrow: "`->`"
        case .leftArrow: "`<-`"
        case .bothArrow: "`<->`"
        case .lessThan: "`<`"
        case .greaterThan: "`>`"
        case .minus: "`-`"
        case .unknown: "an unknown character"
        case .endOfFile: "the end of the file"
        }
    }
}

/// One token: its kind and byte range, and whether a line break precedes it.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    /// Whether a line break (or the start of the file) comes between the previous token and this one.
    public var startsLine: Bool
    public var start: UInt32
    public var end: UInt32
}

/// A `//` or `///` comment, kept beside the token stream.
public struct CommentToken: Sendable, Hashable {
    /// `///`: documents the following declaration.
    public var isDoc: Bool
    /// Whether the comment is the first thing on its line.
    public var startsLine: Bool
    /// Offset of the first slash.
    public var start: UInt32
    /// Offset of the end of the line (before `\r\n` or `\n`).
    public var end: UInt32
}
