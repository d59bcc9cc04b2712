import StormDiagnostics
import StormSource

/// Prints a parsed `.storm` file in the one canonical layout that `stormc fmt` writes.
///
/// The layout follows from the syntax tree alone, so formatting is idempotent and two people who write
/// the same model get the same text; the only thing taken from the source is where the author left
/// blank lines between members. Formatting preserves meaning: parsing the output gives the same tree,
/// source ranges aside, and every comment is kept.
///
/// The rules:
/// - Two spaces of indentation per block; LF line ends; no byte-order mark; no trailing whitespace; the
///   file ends with one newline.
/// - One declaration or member per line, in source order. Blocks open on the declaration's line and
///   close with `}` on a line of their own; an empty block is written `{}`.
/// - Canonical spacing: `name: Type = default @pii`, `[String: Int]`, `Trips [U, OHS] -> [D, ACL] Scoring`,
///   `policy Name: when A, B then C`, `freshness 5 minutes`, `availability 99.9%`. Lists are separated by
///   `, `; no separating commas are written between members on lines of their own.
/// - A field block (of a value, entity, command, event or read model) stays on the declaration's line,
///   `event TripStarted { trip: TripID, at: Timestamp }`, when it has at most
///   ``maximumInlineFields`` fields, none of them carries a doc or plain comment, the block has no
///   closing comment, and the line fits in ``lineWidth`` columns. Otherwise each field gets a line of
///   its own, and `emits …` follows the closing brace. Enumerations follow the same rule with any number
///   of cases; a team's `{ contact "…" }` too.
/// - A line that lists names (`policy … when A, B then C`, `read model … from …`, `command … by … emits …`,
///   ports) and passes ``lineWidth`` columns breaks after the commas that fill the line, continuation lines
///   indented two levels deeper. Nothing else is ever broken: a long string stays on its line.
/// - Aggregates, domains, contexts, context maps, data products and output ports with objectives
///   always spread over several lines.
/// - Exactly one blank line between top-level declarations; one blank line before and after every
///   member that takes several lines; none right after an opening brace. Elsewhere the author's blank
///   lines are kept, several collapsed to one, in three places: above a member and its comments, below
///   a member's plain comments (a licence header, a section title), and before closing comments.
/// - Plain comments before a declaration come first, then its `///` doc comment, then its annotations
///   on the declaration's own line (`@deprecated("…") event …`). A field's annotations follow it.
///   A comment at the end of a declaration's line stays there; comments before a closing brace or at
///   the end of the file stay last. A comment in the middle of a declaration moves before the next one.
///   Trailing whitespace in comments is removed.
/// - Strings are re-escaped: `\"`, `\\`, `\n`, `\t`, `\r`, and `\u{…}` for other control characters and
///   line separators.
/// - Numbers are kept as written; event versions are written `v2`; a time unit is singular after 1.
public enum StormFormatter {
    /// The column limit for lines that join several parts (inline field blocks, enumerations, teams).
    public static let lineWidth = 100
    /// The most fields a field block may have and still stay on its declaration's line.
    public static let maximumInlineFields = 3

    /// Lays out a file that parsed without errors. `source` must be the file `syntax` was parsed from:
    /// the author's blank lines are read from it.
    public static func format(_ syntax: FileSyntax, source: SourceFile) -> String {
        FormatWriter(source: source).write(syntax)
    }

    /// Parses `source` and lays it out. Returns nil when the file has syntax errors, which are appended
    /// to `diagnostics`: a file that does not parse is never rewritten.
    public static func format(_ source: SourceFile, id: FileID, diagnostics: inout DiagnosticList) -> String? {
        var parseDiagnostics = DiagnosticList()
        let syntax = Parser.parse(source, id: id, diagnostics: &parseDiagnostics)
        diagnostics.append(contentsOf: parseDiagnostics)
        guard !parseDiagnostics.hasErrors else { return nil }
        return format(syntax, source: source)
    }
}
