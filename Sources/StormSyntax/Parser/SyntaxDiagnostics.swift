import StormDiagnostics
import StormSource

/// The catalogue of syntax errors: every message the lexer and parser report, one entry each,
/// alphabetical by ID. `Docs/Diagnostics.md` documents each with an example.
enum SyntaxDiagnostics {
    /// `expected-declaration`: something other than `domain`, `team`, `context` at the top level.
    static func expectedDeclaration(found: String) -> String {
        "expected a declaration (`domain`, `team`, `context` or `context map`), found \(found)"
    }

    /// `expected-literal`: a default value or objective that is not a literal.
    static func expectedLiteral(found: String) -> String { "expected a value (a string, number, `true`, `false`, `null`, a case name or a list), found \(found)" }

    /// `expected-member`: a word that starts no member of the enclosing block.
    static func expectedMember(of block: String, allowed: String, found: String) -> String {
        "expected \(allowed) in \(block), found \(found)"
    }

    /// `expected-name`
    static func expectedName(_ what: String, found: String) -> String { "expected \(what), found \(found)" }

    /// `misplaced-fields`
    static func misplacedFields(of command: String) -> String {
        "the fields of command `\(command)` come before `emits`: write `command \(command) { … } emits …`"
    }

    /// `expected-token`
    static func expected(_ what: String, _ context: String, found: String) -> String { "expected \(what) \(context), found \(found)" }

    /// `foreign-keyword`: a keyword of another tool (Context Mapper) where Storm has its own.
    static func foreignKeyword(_ word: String, storm: String) -> String {
        "`\(word)` is Context Mapper's keyword: Storm writes `\(storm)`"
    }

    /// `generic-type`: another language's generic type, such as `List<String>`.
    static func genericType(_ written: String, storm: String?) -> String {
        guard let storm else { return "Storm has no generic types: found `\(written)`; write a list `[T]`, a map `[String: T]` or an optional `T?`" }
        return "Storm writes `\(written)` as `\(storm)`"
    }

    /// `expected-type`
    static func expectedType(found: String) -> String { "expected a type, found \(found)" }

    /// `invalid-escape`
    static func invalidEscape(_ text: String) -> String { "invalid escape `\(text)` in string: use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\u{…}`" }

    /// `invalid-number`: a number with a fraction where a whole number is expected, or one too large.
    static func invalidNumber(_ text: String) -> String {
        text.contains(".") ? "expected a whole number, found `\(text)`" : "number `\(text)` is out of range"
    }

    /// `invalid-role`
    static func invalidRole(_ text: String) -> String {
        "unknown relationship role `\(text)`: expected U, D, OHS, PL, ACL, CF, S, C, P, SK or BBoM"
    }

    /// `invalid-version`, from the parser: a version that is not `vMAJOR[.MINOR[.PATCH]]`.
    static func malformedVersion(_ written: String) -> String {
        "`\(written)` is not a version: write `v2`, `v2.1` or `v2.1.0` (whole numbers, no leading zeros)"
    }

    /// `invalid-version`, from the parser: a minor or patch after `was`, which keeps a previous major.
    static func previousWithRevision(_ written: String, major: Int) -> String {
        "`was` keeps a previous major version: write `was v\(major)`, not `was \(written)`"
    }

    /// `nesting-too-deep`
    static let nestingTooDeep = "nesting is too deep (more than \(Parser.maximumDepth) levels)"

    /// `too-many-errors`: the syntax errors of a file beyond ``Parser/maximumErrors``.
    static func tooManyErrors(omitted: Int) -> String {
        "too many syntax errors: stopped reporting after \(Parser.maximumErrors), \(omitted) more not shown (is this a .storm file?)"
    }

    /// `unclosed-block`
    static func unclosedBlock(_ what: String) -> String { "expected `}` to close \(what)" }

    /// `unmatched-brace`: a `}` that closes no block, found when a file's braces do not balance.
    static func unmatchedBrace(closing what: String) -> String {
        "unexpected `}`: it matches no `{` (by its indentation, \(what) goes on after it)"
    }

    /// `unknown-time-unit`
    static func unknownTimeUnit(found: String) -> String { "expected a time unit (milliseconds, seconds, minutes, hours or days), found \(found)" }
}

/// Notes that syntax errors attach.
enum DiagnosticNoteBuilder {
    static func opened(_ range: StormSource.SourceRange) -> DiagnosticNote { DiagnosticNote("the block opened here", at: range) }
}
