import StormDiagnostics
import StormGenerators
import StormKit

/// `stormc generate FORMAT [PATH...] --out DIR`
enum GenerateCommand: Command {
    static let name = "generate"
    static let summary = "Generate code, schemas, contracts and diagrams from models"
    static var help: String {
        let width = GeneratorRegistry.all.map(\.name.count).max() ?? 3
        let formats = GeneratorRegistry.all.map { "  \($0.name.padding(toLength: max(width, 3), withPad: " ", startingAt: 0))  \($0.summary)" }
        return """
        USAGE: stormc generate FORMAT [PATH...] [--out DIR] [--base-uri URI]

        Generates FORMAT from the model at PATH into DIR. With no PATH, generates for each folder under
        ./Models into DIR/<Model>/<Format>/ (DIR defaults to ./Generated). `all` generates every format,
        each into its own folder. Files are written only when their contents change, and nothing is
        written when the model has errors.

        FORMATS:
        \(formats.joined(separator: "\n"))
          all  Every format above

        OPTIONS:
          --out DIR        Output folder (required with a PATH)
          --base-uri URI   Base of schema $ids (default \(GeneratorOptions().baseURI))
          -h, --help       Show this help

        """
    }

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let out = try arguments.option("--out", "-o")
        let baseURI = try arguments.option("--base-uri")
        var words = try arguments.positionals()
        guard !words.isEmpty else { throw UsageError("name a format: \((GeneratorRegistry.all.map(\.name) + ["all"]).joined(separator: ", "))") }
        let format = words.removeFirst()
        let generators: [GeneratorDescriptor]
        if format == "all" {
            generators = GeneratorRegistry.all
        } else if let generator = GeneratorRegistry.named(format) {
            generators = [generator]
        } else {
            var message = "unknown format `\(format)`"
            if let match = Suggestion.closest(to: format, in: GeneratorRegistry.all.map(\.name) + ["all"]) { message += " (did you mean `\(match)`?)" }
            throw UsageError(message)
        }
        if !words.isEmpty, out == nil { throw UsageError("--out DIR is required when a PATH is given") }
        let options = baseURI.map { GeneratorOptions(baseURI: $0) } ?? GeneratorOptions()
        let printer = try DiagnosticPrinter(format: nil, console: console)
        return forEachModel(words, printer: printer, console: console) { loaded throws(LoadError) in
            let model = loaded.model
            let files: [GeneratedFile]
            do throws(GeneratorError) {
                // With no PATH every format goes to its folder; with a PATH only `all` uses folders.
                files = try GeneratorRegistry.run(generators, on: model, options: options, inFolders: words.isEmpty || format == "all")
            } catch {
                let diagnostic = Diagnostic(.error, "generator-error", error.message, at: error.range)
                console.error(TextDiagnosticRenderer(sources: loaded.sources, colored: console.colorsErrors).render(diagnostic))
                return ExitCode.failure
            }
            let directory = words.isEmpty ? (out ?? "Generated") + "/" + FileNames.component(model.name) : out!
            let summary = try OutputWriter.write(files, to: directory)
            console.error("\(model.name): \(summary.written.count) written, \(summary.unchanged.count) unchanged in \(directory)\n")
            return ExitCode.success
        }
    }
}
