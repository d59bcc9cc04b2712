import StormSource

/// Rules silenced on single declarations by a comment that names them: `// storm:allow rule-id why`.
///
/// A suppression covers the declaration that the comment precedes (or ends), and everything inside it.
public struct Suppressions: Sendable {
    /// Declaration ranges and the rule IDs allowed there.
    public private(set) var entries: [(range: SourceRange, rules: Set<String>)] = []

    public init() {}

    /// Records that `rules` are allowed within `range`.
    public mutating func allow(_ rules: Set<String>, in range: SourceRange) {
        guard !rules.isEmpty else { return }
        entries.append((range, rules))
    }

    /// Whether `rule` is allowed at `range` (a range inside a declaration that allows it).
    public func isSuppressed(_ rule: String, at range: SourceRange) -> Bool {
        entries.contains { entry in
            entry.rules.contains(rule) && entry.range.file == range.file
                && entry.range.start <= range.start && range.end <= entry.range.end
        }
    }

    /// The rule IDs named by one comment's text (without `//`), if it is a suppression.
    public static func rules(inComment text: String) -> Set<String> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        guard let marker = words.firstIndex(of: "storm:allow") else { return [] }
        return Set(words[(marker + 1)...].prefix { $0.contains("-") && $0.allSatisfy { $0.isLetter || $0 == "-" } }.map(String.init))
    }
}
