import StormDiagnostics
import StormKit

/// `stormc check [--diagnostics-format text|json] [--workshop] [PATH...]`
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Check models and print their diagnostics"
    static let help = """
    USAGE: stormc check [--diagnostics-format text|json] [--workshop] [PATH...]

    The .storm files in the given files and folders form one model; with no PATH, each folder under
    ./Models is checked as a model of its own. Prints each diagnostic as `path:line:col: error: message [id]`
    with the source line underlined, then one summary line per model.

    OPTIONS:
      --diagnostics-format text|json   json prints one JSON object per line on standard output
      --workshop                       Workshop profile, as for lint and serve: check reports no review
                                       findings, so half-finished work never fails it; the summary says so
      -h, --help                       Show this help

    EXIT STATUS: 0 clean (warnings allowed), 1 the model has errors, 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let printer = try DiagnosticPrinter(format: arguments.option("--diagnostics-format"), console: console)
        let workshop = arguments.flag("--workshop")
        let paths = try arguments.positionals()
        var status = ExitCode.success
        do {
            let models = try ModelInputs(paths: paths).models
            for (index, input) in models.enumerated() {
                let loaded = try ModelLoader.load(paths: input.paths, name: input.name)
                printer.print(loaded.diagnostics, sources: loaded.sources)
                if loaded.hasErrors { status = ExitCode.failure }
                if printer.format == .text { console.error(summaryLine(loaded, workshop: workshop)) }
                // The last model is freed by the exit; the others before the next is loaded, keeping memory to one model.
                if index == models.count - 1 { console.keepUntilExit(loaded) }
            }
        } catch {
            console.error("stormc: error: \(error.message)\n")
            return ExitCode.usage
        }
        return status
    }

    /// `MotorInsurance: 8 files, 7 contexts, 41 events: 0 errors, 1 warning`, and ` (workshop profile)`
    /// before the newline under `--workshop`.
    static func summaryLine(_ loaded: LoadedModel, workshop: Bool = false) -> String {
        let model = loaded.model
        let errors = loaded.diagnostics.count(of: .error)
        let warnings = loaded.diagnostics.count(of: .warning)
        let events = model.contexts.reduce(0) { $0 + $1.events.count }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(model.name): \(plural(model.sources.files.count, "file")), \(plural(model.contexts.count, "context")), "
            + "\(plural(events, "event")): \(plural(errors, "error")), \(plural(warnings, "warning"))\(workshop ? " (workshop profile)" : "")\n"
    }
}
