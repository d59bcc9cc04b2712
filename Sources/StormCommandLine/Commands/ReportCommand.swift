import Foundation
import StormGenerators
import StormKit
import StormReview

/// `stormc report [PATH...] [--out FILE.md] [--config FILE]`
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "Write a model's review document: context map, contexts, flows, hotspots, lint findings"
    static let help = """
    USAGE: stormc report [PATH...] [--out FILE.md] [--config FILE]

    Writes the review document of the model at PATH as Markdown: the context map as a Mermaid diagram,
    a table per bounded context (owner, subdomain and kind, upstreams and downstreams with their patterns,
    events in and out, fan-in and fan-out), the flows that cross boundaries, the hotspots, and the
    findings of `stormc lint` (configured by ./storm.json or --config FILE). Without --out the document
    goes to standard output. With no PATH, writes Generated/<Model>/Review.md for each folder under ./Models.
    Files are written only when their contents change.

    OPTIONS:
      --out FILE.md    Where to write the document
      --config FILE    Lint configuration instead of ./storm.json
      -h, --help       Show this help

    EXIT STATUS: 0 written, 1 a model with errors, 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let out = try arguments.option("--out", "-o")
        let configPath = try arguments.option("--config")
        let paths = try arguments.positionals()
        if paths.isEmpty, out != nil { throw UsageError("--out needs a PATH: with no PATH each model gets Generated/<Model>/Review.md") }
        let configuration: LintConfiguration
        do throws(LintConfigurationError) {
            configuration = try LintCommand.loadConfiguration(configPath)
        } catch {
            console.error("stormc report: error: \(error.description)\n")
            return ExitCode.usage
        }
        let printer = try DiagnosticPrinter(format: nil, console: console)
        return forEachModel(paths, printer: printer, console: console) { loaded throws(LoadError) in
            let document = ReviewDocument.render(loaded.model, configuration: configuration)
            if !paths.isEmpty && out == nil {
                console.out(document)
                return ExitCode.success
            }
            let target = out ?? "Generated/" + FileNames.component(loaded.model.name) + "/" + ReviewDocument.fileName
            let folder = (target as NSString).deletingLastPathComponent
            let file = GeneratedFile(path: (target as NSString).lastPathComponent, contents: document)
            let summary = try OutputWriter.write([file], to: folder.isEmpty ? "." : folder)
            console.error("\(loaded.model.name): \(target) \(summary.written.isEmpty ? "unchanged" : "written")\n")
            return ExitCode.success
        }
    }
}
