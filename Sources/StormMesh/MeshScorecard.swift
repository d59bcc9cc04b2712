import StormReview

/// `stormc mesh --report`: one row per domain, what it offers and how it stands against the rules.
public enum MeshScorecard {
    /// The scorecard as a Markdown table, then the problems of the mesh per domain.
    public static func render(_ mesh: Mesh, linter: Linter) -> String {
        let problems = mesh.problems()
        var lines = ["# Mesh scorecard", "",
                     "| domain | products | output ports | events published | uses | used by | mesh problems | lint errors | lint warnings |",
                     "|---|---|---|---|---|---|---|---|---|"]
        var usedBy = Array(repeating: 0, count: mesh.domains.count)
        for uses in mesh.resolvedUses { for index in Set(uses.values) { usedBy[index] += 1 } }
        for (index, domain) in mesh.domains.enumerated() {
            let mine = problems.filter { $0.message.hasPrefix(domain.path + " ") }.count
            var errors = "–", warnings = "–"
            if let model = domain.model {
                let findings = linter.lint(model)
                errors = String(findings.filter { $0.severity == .error }.count)
                warnings = String(findings.filter { $0.severity == .warning }.count)
            }
            let ports = domain.products.map(\.outputs.count).reduce(0, +)
            lines.append("| \(cell(domain.name)) | \(domain.products.count) | \(ports) | \(domain.published.count) | \(domain.uses.count) | \(usedBy[index]) | \(mine) | \(errors) | \(warnings) |")
        }
        lines.append("")
        lines.append(problems.isEmpty ? "The domains fit: every use resolves, versions agree, no name is published twice."
                                      : "\(problems.count) mesh problem\(problems.count == 1 ? "" : "s"): run `stormc mesh` without `--report` to see them.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a Markdown table cell: `|` escaped, on one line.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
