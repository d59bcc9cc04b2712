/// Finds the candidate closest to a misspelt name, for "did you mean" suggestions.
public enum Suggestion {
    /// The longest name, in Unicode scalars, that is compared with candidates.
    public static let maximumLength = 64

    /// The candidate with the smallest edit distance to `name`, if it is close enough to be a likely typo
    /// (at most a third of the name's length, and at least one edit allowed); ties go to the first in sort order.
    /// Names longer than ``maximumLength`` get none: no one mistypes a name that long, and comparing
    /// it costs the square of its length.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        guard name.utf8.count <= maximumLength * 4, name.unicodeScalars.count <= maximumLength else { return nil }
        let target = Array(name.lowercased().unicodeScalars)
        let limit = max(1, target.count / 3)
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != name {
            // Lengths first: most candidates are too long or too short to be the one meant.
            if abs(candidate.unicodeScalars.count - target.count) > limit { continue }
            let other = Array(candidate.lowercased().unicodeScalars)
            if abs(other.count - target.count) > limit { continue }
            let distance = editDistance(target, other, limit: limit)
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (distance, candidate)
        }
        return best?.name
    }

    /// Levenshtein distance with transpositions counted as one edit; stops early above `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return rowMinimum }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}

/// How many "did you mean" searches one run may still make. A search compares the name with every
/// candidate of its scope, so searching for every unknown name would cost errors times symbols; like
/// clang (`-ftypo-correction-limit`, 50 by default), a run stops suggesting after ``limit`` searches.
/// Candidates are gathered only for a search that is made.
public struct SuggestionBudget: Sendable {
    /// The searches of one run.
    public static let limit = 50
    /// The searches left.
    public private(set) var remaining: Int

    /// A budget of `limit` searches.
    public init(limit: Int = SuggestionBudget.limit) { remaining = limit }

    /// ``Suggestion/closest(to:in:)``, while searches remain; nil, without gathering candidates, after.
    public mutating func closest<Candidates: Sequence<String>>(to name: String, in candidates: @autoclosure () -> Candidates) -> String? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        return Suggestion.closest(to: name, in: candidates())
    }
}
