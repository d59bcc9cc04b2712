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
        var groups: [[SymbolReference]] = []
        var seenGroups: [Set<SymbolReference>: QualifiedName] = [:]
        for (names, references) in zip(Alternatives.split(written, at: starts), Alternatives.split(resolved, at: starts)) {
            var seen: [SymbolReference: SourceRange] = [:]
            var group: [SymbolReference] = []
            for (name, reference) in zip(names, references) {
                guard let reference else { continue }
                if let first = seen[reference] {
                    diagnostics.error("repeated-outcome", ModelDiagnostics.repeatedOutcome(name.text, of: owner), at: name.range,
                                      notes: [DiagnosticNote("`\(name.text)` is first listed here", at: first)])
                    continue
                }
                seen[reference] = name.range
                group.append(reference)
            }
            guard !group.isEmpty, let first = names.first else { continue }
            if let earlier = seenGroups[Set(group)] {
                diagnostics.error("repeated-outcome", ModelDiagnostics.repeatedOutcome(first.text, of: owner), at: first.range,
                                  notes: [DiagnosticNote("`\(earlier.text)` is first listed here", at: earlier.range)])
                continue
            }
            seenGroups[Set(group)] = first
            groups.append(group)
        }
        return groups
    }

    /// Each reference once, in the order first listed.
    func distinct(_ references: [SymbolReference?]) -> [SymbolReference] {
        var seen: Set<SymbolReference> = []
        return references.compactMap { $0 }.filter { seen.insert($0).inserted }
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
