import StormGenerators
import StormModel
import StormReview

/// The review document of a model, `Generated/<Model>/Review.md`: the report of `StormReview` with the
/// lint findings and the context map drawn by the diagram generator.
public enum ReviewDocument {
    /// The file name the document has in a model's generated folder.
    public static let fileName = "Review.md"

    /// The document's Markdown.
    public static func render(_ model: Model, configuration: LintConfiguration = LintConfiguration(),
                              options: GeneratorOptions = GeneratorOptions()) -> String {
        let facts = ModelFacts(model)
        let findings = Linter(configuration: configuration).lint(model, facts: facts)
        return ReviewReport.render(model, facts: facts, findings: findings, contextMap: contextMap(model, options: options),
                                   header: GeneratedHeader.lines(for: model, options: options))
    }

    /// The context map as Mermaid text, as `stormc map --format mermaid` draws it, without the generated-file
    /// header comments (the document has its own).
    static func contextMap(_ model: Model, options: GeneratorOptions) -> String? {
        guard let text = try? DiagramGenerator.render(model, language: .mermaid, options: options) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("%%") }.joined(separator: "\n")
    }
}
