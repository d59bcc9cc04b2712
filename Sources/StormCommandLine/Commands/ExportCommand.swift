import Foundation
import StormCML
import StormDiagnostics
import StormKit

/// `stormc export cml [PATH...] --out FILE.cml`
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "Export the model to another language: Context Mapper's CML"
    static let help = """
    USAGE: stormc export cml [PATH...] --out FILE.cml [--diagnostics-format text|json]

    Writes the model (the .storm files in the given files and folders; with no PATH, the one model under
    ./Models) as one CML file for Context Mapper's generators: domains, subdomains, bounded contexts, teams,
    the context map with its roles, aggregates with their fields, entities, value objects, enums, events,
    commands, and the flows of commands' events and policies. What CML cannot hold is reported as a
    `cml-not-exported` warning. A model with errors is reported, and then nothing is written.

    OPTIONS:
      --out FILE.cml                    The CML file to write (replaced atomically)
      --diagnostics-format text|json    How to print diagnostics (default: text)
      -h, --help                        Show this help

    EXIT STATUS: 0 exported (warnings allowed), 1 errors in the model, 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        guard let out = try arguments.option("--out") else { throw UsageError("missing --out FILE.cml") }
        let printer = try DiagnosticPrinter(format: try arguments.option("--diagnostics-format"), console: console)
        var paths = try arguments.positionals()
        try ForeignLanguage.take(from: &paths, verb: "export")
        do throws(LoadError) {
            if paths.isEmpty {
                let folders = try ModelLoader.modelFolders(under: "Models")
                guard folders.count == 1 else {
                    throw LoadError(folders.isEmpty ? "no model under ./Models: give the model's files or folder" : "several models under ./Models: give the one to export")
                }
                paths = folders
            }
            let loaded = try ModelLoader.load(paths: paths)
            var diagnostics = loaded.diagnostics
            guard !loaded.hasErrors else {
                printer.print(diagnostics, sources: loaded.sources)
                console.error("stormc export: the model has errors: nothing was written\n")
                return ExitCode.failure
            }
            let text = CMLExporter.export(loaded.model, diagnostics: &diagnostics)
            printer.print(diagnostics, sources: loaded.sources)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw LoadError("cannot write \(out): \(error.localizedDescription)")
            }
            console.error("\(loaded.model.name): \(loaded.model.contexts.count) contexts exported to \(out)\n")
            return ExitCode.success
        } catch {
            console.error("stormc: error: \(error.message)\n")
            return ExitCode.usage
        }
    }
}
