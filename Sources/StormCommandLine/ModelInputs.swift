import StormDiagnostics
import StormKit
import StormSource

/// The models a command works on: the paths given (one model), or each folder under `./Models`.
struct ModelInputs {
    /// Each model's paths, and its name.
    var models: [(paths: [String], name: String)]

    /// `paths` as one model (called `name`, or after its folder); with no paths, one model per folder of
    /// `modelsFolder`.
    init(paths: [String], modelsFolder: String = "Models", name: String? = nil) throws(LoadError) {
        if paths.isEmpty {
            models = try ModelLoader.modelFolders(under: modelsFolder).map { ([$0], ModelLoader.modelName(for: [$0])) }
            if models.isEmpty { throw LoadError("no model folders under \(modelsFolder)/: give a path") }
        } else {
            models = [(paths, name ?? ModelLoader.modelName(for: paths))]
        }
    }
}

/// Prints diagnostics as text (with source excerpts; colour on terminals) or as JSON Lines.
struct DiagnosticPrinter {
    enum Format: String { case text, json }
    var format: Format
    var console: Console

    init(format: String?, console: Console) throws(UsageError) {
        guard let format = Format(rawValue: format ?? "text") else {
            throw UsageError("--diagnostics-format takes `text` or `json`, not `\(format ?? "")`")
        }
        self.format = format
        self.console = console
    }

    func print(_ diagnostics: DiagnosticList, sources: SourceManager) {
        switch format {
        case .text:
            let renderer = TextDiagnosticRenderer(sources: sources, colored: console.colorsErrors)
            for diagnostic in diagnostics.sorted { console.error(renderer.render(diagnostic)) }
        case .json:
            let renderer = JSONDiagnosticRenderer(sources: sources)
            for diagnostic in diagnostics.sorted { console.out(renderer.render(diagnostic)) }
        }
    }
}

/// Loads each model of `inputs` (called `name`, or after its folder; or each model of `modelsFolder` when
/// there are no inputs), printing its diagnostics;
/// calls `body` for each model without errors.
/// Returns the exit status: 2 for I/O errors, 1 when any model has errors, else what `body` returned.
func forEachModel(_ inputs: [String], modelsFolder: String = "Models", name: String? = nil, printer: DiagnosticPrinter,
                  console: Console, body: (LoadedModel) throws(LoadError) -> Int32) -> Int32 {
    var status = ExitCode.success
    do {
        let models = try ModelInputs(paths: inputs, modelsFolder: modelsFolder, name: name).models
        for (index, input) in models.enumerated() {
            let loaded = try ModelLoader.load(paths: input.paths, name: input.name)
            if index == models.count - 1 { console.keepUntilExit(loaded) }
            printer.print(loaded.diagnostics, sources: loaded.sources)
            if loaded.hasErrors {
                status = max(status, ExitCode.failure)
                continue
            }
            status = max(status, try body(loaded))
        }
    } catch {
        console.error("stormc: error: \(error.message)\n")
        return ExitCode.usage
    }
    return status
}

/// The project's settings for a command working on `paths`: from `--config FILE` when given, else from
/// `./storm.json` when the command works on the project's models (no PATH), else the defaults. Nil, after
/// printing the error, when the file cannot be used.
func projectConfiguration(_ file: String?, paths: [String], console: Console) -> Configuration? {
    guard file != nil || paths.isEmpty else { return Configuration() }
    do throws(LoadError) {
        return try Configuration.load(path: file)
    } catch {
        console.error("stormc: error: \(error.message)\n")
        return nil
    }
}
