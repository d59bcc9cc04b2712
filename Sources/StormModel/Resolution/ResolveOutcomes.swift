import StormDiagnostics
import StormSource
import StormSyntax

/// Alternative outcomes of commands, choices of policies, and failure outcomes.
extension Resolution {
    /// The resolved names grouped into alternatives; a name written twice across them is reported once
    /// (`repeated-outcome`), and names that did not resolve are left out.
    /// An event may appear in several alternatives (`emits A or A, B`), but not twice in one, and no two
    /// alternatives are the same.
    mutating func resolveAlternatives(_ written: [QualifiedName], _ resolved: [SymbolReference?], starts: [Int], of owner: String) -> [[SymbolReference]] {
        let ranges = Alternatives.ranges(count: written.count, at: starts)
        var groups: [[SymbolReference]] = []
        groups.reserveCapacity(ranges.count)
        // Alternatives are compared only when there are two or more (`or`), rarely.
        var seenGroups: [Set<SymbolReference>: QualifiedName] = [:]
        for range in ranges {
            var met = MetReferences(expected: range.count)
            for index in range {
                guard let reference = resolved[index] else { continue }
                if let first = met.position(of: reference) {
                    let name = written[index]
                    diagnostics.error("repeated-outcome", ModelDiagnostics.repeatedOutcome(name.text, of: owner), at: name.range,
                                      notes: [DiagnosticNote("`\(name.text)` is first listed here", at: written[first].range)])
                    continue
                }
                met.add(reference, at: index)
            }
            guard !met.references.isEmpty else { continue }
            if ranges.count > 1 {
                let first = written[range.lowerBound]
                let members = Set(met.references)
                if let earlier = seenGroups[members] {
                    diagnostics.error("repeated-outcome", ModelDiagnostics.repeatedOutcome(first.text, of: owner), at: first.range,
                                      notes: [DiagnosticNote("`\(earlier.text)` is first listed here", at: earlier.range)])
                    continue
                }
                seenGroups[members] = first
            }
            groups.append(met.references)
        }
        return groups
    }

    /// Each reference once, in the order first listed.
    func distinct(_ references: [SymbolReference?]) -> [SymbolReference] {
        var met = MetReferences(expected: references.count)
        for case let (index, reference?) in references.enumerated() where met.position(of: reference) == nil {
            met.add(reference, at: index)
        }
        return met.references
    }

    /// The failures of a command, each name once.
    mutating func resolveFailures(_ syntax: CommandSyntax, in context: String) -> [Failure] {
        var failures: [Failure] = []
        var seen: [String: SourceRange] = [:]
        for failure in syntax.failures {
            if let first = seen[failure.name.text] {
                reportDuplicate("failure", failure.name, first: first, scope: "command `\(syntax.name.text)`")
                continue
            }
            seen[failure.name.text] = failure.name.range
            failures.append(Failure(name: failure.name.text,
                                    fields: resolveFields(failure.fields ?? [], in: context, owner: "failure `\(failure.name.text)`"),
                                    range: failure.name.range))
        }
        return failures
    }
}

/// The references of a list met so far, in order, each with where it was met. A short list (nearly every
/// list of outcomes: a handful of events) is scanned, which costs less than hashing; a long one is looked
/// up in a table, so that no list costs more than linear time.
struct MetReferences {
    private(set) var references: [SymbolReference] = []
    private var positions: [Int] = []
    private var table: [SymbolReference: Int]?

    /// For a list of `expected` references.
    init(expected: Int) {
        references.reserveCapacity(expected)
        positions.reserveCapacity(expected)
        if expected > Resolution.longestScannedList { table = Dictionary(minimumCapacity: expected) }
    }

    /// Where `reference` was met, if it was.
    func position(of reference: SymbolReference) -> Int? {
        if let table { return table[reference] }
        return references.firstIndex(of: reference).map { positions[$0] }
    }

    /// Adds `reference`, not met before, met at `position`.
    mutating func add(_ reference: SymbolReference, at position: Int) {
        references.append(reference)
        positions.append(position)
        table?[reference] = position
    }
}
