import StormKit
import StormModel
import StormSupport

/// `stormc model --json [PATH...]`
enum ModelCommand: Command {
    static let name = "model"
    static let summary = "Print the resolved model as JSON, for other tools"
    static let help = """
    USAGE: stormc model --json [PATH...]

    Prints the resolved model as JSON (the shape is documented in Docs/CLI.md). With one model, one JSON
    object; with no PATH, a JSON array with one object per folder under ./Models.

    OPTIONS:
      --json        Print JSON (the only format, required so that others can be added)
      -h, --help    Show this help

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        guard arguments.flag("--json") else { throw UsageError("give --json: JSON is the only output format, for now") }
        let printer = try DiagnosticPrinter(format: nil, console: console)
        let paths = try arguments.positionals()
        var models: [Model] = []
        let status = forEachModel(paths, printer: printer, console: console) { loaded in
            models.append(loaded.model)
            return ExitCode.success
        }
        guard status == ExitCode.success else { return status }
        // Streamed to standard output a piece at a time: a large model's JSON is never held whole.
        var stream = JSONStream(sink: console.out)
        if paths.isEmpty { stream.beginArray() }
        for model in models { ModelExport.write(model, to: &stream) }
        if paths.isEmpty { stream.end() }
        _ = stream.finish()
        return status
    }
}
