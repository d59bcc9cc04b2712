import StormDiagnostics
import StormSource
import StormSyntax

/// Alternative outcomes of commands, choices of policies, and failure outcomes.
extension Resolution {
    /// The resolved names grouped into alternatives; a name written twice across them is reported once
    /// (`repeated-outcome`), and names that did not resolve are left out.
    mutating func resolveAlternatives(_ written: [QualifiedName], _ resolved: [SymbolReference?], starts: [Int], of owner: String) -> [[SymbolReference]] {
        var seen: [SymbolReference: SourceRange] = [:]
        var kept: [SymbolReference?] = []
        for (name, reference) in zip(written, resolved) {
            guard let reference else { kept.append(nil); continue }
            if let first = seen[reference] {
                diagnostics.error("repeated-outcome", ModelDiagnostics.repeatedOutcome(name.text, of: owner), at: name.range,
                                  notes: [DiagnosticNote("`\(name.text)` is first listed here", at: first)])
                kept.append(nil)
                continue
            }
            seen[reference] = name.range
            kept.append(reference)
        }
        return Alternatives.split(kept, at: starts).map { $0.compactMap { $0 } }.filter { !$0.isEmpty }
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
