import StormDiagnostics
import StormGenerators
import StormKit

/// `stormc generate [FORMAT] [PATH...] --out DIR`
enum GenerateCommand: Command {
    static let name = "generate"
    static let summary = "Generate code, schemas, contracts and diagrams from models"
    static var help: String {
        let width = (GeneratorRegistry.all + GeneratorRegistry.scaffolds).map(\.name.count).max() ?? 3
        let formats = (GeneratorRegistry.all + GeneratorRegistry.scaffolds).map { "  \($0.name.padding(toLength: max(width, 3), withPad: " ", startingAt: 0))  \($0.summary)" }
            + ["  \("all".padding(toLength: max(width, 3), withPad: " ", startingAt: 0))  Every format above but the package scaffold"]
            + ["  \("site".padding(toLength: max(width, 3), withPad: " ", startingAt: 0))  Static HTML pages of the model (needs PATH and --out; not part of all)"]
        return """
        USAGE: stormc generate [FORMAT] [PATH...] [--out DIR] [--name NAME] [--base-uri URI] [--config FILE]
                               [--runtime PATH]

        Generates FORMAT from the model at PATH into DIR. With no PATH, generates for each folder under
        ./Models into DIR/<Model>/<Format>/ (DIR defaults to ./Generated), reading ./storm.json when it
        exists (see Docs/CLI.md); with no FORMAT either, generates the formats storm.json names, or all.
        `all` generates every format, each into its own folder. Files are written only when their
        contents change, and nothing is written when the model has errors.

        `package` writes Package.swift and starters (deciders, policies, projections, tests) once,
        listed in .stormc/starters: they are yours, never written again. What the model gains later
        that they do not handle is reported as a note with what to add, new targets included.

        FORMATS:
        \(formats.joined(separator: "\n"))

        OPTIONS:
          --out DIR            Output folder (required with a PATH)
          --base-uri URI       Base of schema $ids (default \(GeneratorOptions().baseURI))
          --config FILE        Read settings from FILE instead of ./storm.json
          --layout per-file    With `swift`: one file per .storm file (Fleet.storm.swift), as the
                               build plugin declares them, instead of one per bounded context
          --name NAME          The name of the model at PATH (default: its folder's name)
          --runtime PATH       Where the package scaffold finds StormRuntime: a path (from the
                               current folder) or a URL of the Storm package (required by `package`)
          -h, --help           Show this help

        """
    }

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let out = try arguments.option("--out", "-o")
        let baseURI = try arguments.option("--base-uri")
        let configPath = try arguments.option("--config")
        let layout = try arguments.option("--layout")
        let name = try arguments.option("--name")
        let runtime = try arguments.option("--runtime")
        var words = try arguments.positionals()
        let format = words.isEmpty ? nil : words.removeFirst()
        if format == "site" { return try SiteGeneration.run(paths: words, out: out, name: name, console: console) }
        guard let configuration = projectConfiguration(configPath, paths: words, console: console) else { return ExitCode.usage }
        let generators: [GeneratorDescriptor]
        switch format {
        case nil:
            generators = configuration.generators.map { names in GeneratorRegistry.all.filter { names.contains($0.name) } } ?? GeneratorRegistry.all
        case "all":
            generators = GeneratorRegistry.all
        case let format?:
            guard let generator = GeneratorRegistry.named(format) else {
                var message = "unknown format `\(format)`"
                if let match = Suggestion.closest(to: format, in: GeneratorRegistry.all.map(\.name) + ["all"]) { message += " (did you mean `\(match)`?)" }
                throw UsageError(message)
            }
            generators = [generator]
        }
        let perFile = try perFileLayout(layout, format: format)
        if !words.isEmpty, out == nil { throw UsageError("--out DIR is required when a PATH is given") }
        if words.isEmpty, name != nil { throw UsageError("--name NAME names the model at PATH: give a PATH") }
        var options = GeneratorOptions(baseURI: baseURI ?? configuration.baseURI ?? GeneratorOptions().baseURI)
        options.platforms = configuration.platforms
        let printer = try DiagnosticPrinter(format: nil, console: console)
        let status = forEachModel(words, modelsFolder: configuration.models, name: name, printer: printer, console: console) { loaded throws(LoadError) in
            let model = loaded.model
            let directory = words.isEmpty ? (out ?? configuration.output) + "/" + FileNames.component(model.name) : out!
            var options = options
            // A runtime path is read from the current folder and written relative to the package, which is
            // the format's folder when there is no PATH.
            let package = words.isEmpty ? directory + "/" + (GeneratorRegistry.named("package")?.folder ?? "") : directory
            options.runtimePackage = runtime.map { RuntimeReference.resolve($0, package: package) }
            // Files are written as they are made and put in place once all are: a failure undoes the run.
            let output = StagedOutput(to: directory)
            do throws(GeneratorError) {
                if perFile {
                    output.stage(try SwiftGenerator.generate(model, options: options, fileNames: PluginOutputNames.swiftFiles(forModelFiles: model.sourcePaths)))
                } else {
                    // With no PATH every format goes to its folder; with a PATH only `all` uses folders.
                    try GeneratorRegistry.run(generators, on: model, options: options, inFolders: words.isEmpty || format == "all") { output.stage($0) }
                }
            } catch {
                output.abort()
                let diagnostic = error.diagnostic
                console.error(TextDiagnosticRenderer(sources: loaded.sources, colored: console.colorsErrors).render(diagnostic))
                return ExitCode.failure
            }
            let summary = try output.commit()
            for note in StarterNotes.notes(for: output.starters, kept: summary, in: directory) { console.error("note: \(note)\n") }
            let kept = summary.kept.isEmpty ? "" : ", \(summary.kept.count) yours kept"
            console.error("\(model.name): \(summary.written.count) written, \(summary.unchanged.count) unchanged\(kept) in \(directory)\n")
            return ExitCode.success
        }
        // With no PATH the models are the domains of one mesh: its map goes beside them.
        guard status == ExitCode.success, words.isEmpty, format == nil || format == "all" else { return status }
        return MeshMapGeneration.write(modelsFolder: configuration.models, out: out ?? configuration.output, console: console)
    }

    /// Whether `--layout` asks for one Swift file per `.storm` file; only `swift` has layouts.
    private static func perFileLayout(_ layout: String?, format: String?) throws(UsageError) -> Bool {
        switch layout {
        case nil, "per-context": return false
        case "per-file":
            guard format == "swift" else { throw UsageError("--layout per-file needs the format `swift`") }
            return true
        case let layout?: throw UsageError("--layout takes `per-context` or `per-file`, not `\(layout)`")
        }
    }
}
