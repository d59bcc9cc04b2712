import StormKit
import StormModel
import StormReview

/// `stormc diff OLD NEW [--mode backward|forward|full] [--format text|json]`
enum DiffCommand: Command {
    static let name = "diff"
    static let summary = "Compare two versions of a model's schemas by Avro's compatibility rules"
    static let help = """
    USAGE: stormc diff OLD NEW [--mode backward|forward|full] [--format text|json]

    Compares every event, command, value object, entity and enumeration of the model at OLD with the one
    at NEW (files or folders), classifying each change by Avro's schema-resolution rules
    (Docs/Compatibility.md). OLD may be `git:REV`: NEW's files as they were at git revision REV, so
    `stormc diff git:main Models/Telematics` reviews a branch's change. OLD and NEW may also be two
    versions of a published interface (`*.storm-interface.json`, from `stormc publish`): what changed
    in what the domain publishes, which is what breaks its consumers.

    A breaking change to an event whose version was not bumped is an error, and so is removing an event
    another context consumes, or breaking a command.

    OPTIONS:
      --mode backward|forward|full   Which compatibility must hold (default backward: new readers, old data)
      --format text|json             text on standard output (default), or one JSON document
      -h, --help                     Show this help

    EXIT STATUS: 0 compatible under the mode, 1 broken (or a model with errors), 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let modeName = try arguments.option("--mode") ?? "backward"
        guard let mode = CompatibilityMode(rawValue: modeName) else { throw UsageError("--mode takes `backward`, `forward` or `full`, not `\(modeName)`") }
        let format = try arguments.option("--format") ?? "text"
        guard format == "text" || format == "json" else { throw UsageError("--format takes `text` or `json`, not `\(format)`") }
        let paths = try arguments.positionals()
        guard paths.count == 2 else { throw UsageError("give OLD and NEW: two files or folders, or git:REV and a path") }
        let printer = try DiagnosticPrinter(format: nil, console: console)
        let old: LoadedModel
        let new: LoadedModel
        do throws(LoadError) {
            new = try ModelLoader.isInterface(paths[1]) ? ModelLoader.load(interface: paths[1]) : ModelLoader.load(paths: [paths[1]])
            if paths[0].hasPrefix("git:") {
                let revision = String(paths[0].dropFirst(4))
                guard !revision.isEmpty else { throw LoadError("git: needs a revision, as in git:main") }
                old = ModelLoader.load(sources: try GitRevision.sources(at: revision, path: paths[1]), name: new.model.name)
            } else if ModelLoader.isInterface(paths[0]) {
                old = try ModelLoader.load(interface: paths[0])
            } else {
                old = try ModelLoader.load(paths: [paths[0]], name: new.model.name)
            }
        } catch {
            console.error("stormc: error: \(error.message)\n")
            return ExitCode.usage
        }
        printer.print(old.diagnostics, sources: old.sources)
        printer.print(new.diagnostics, sources: new.sources)
        guard !old.hasErrors, !new.hasErrors else { return ExitCode.failure }
        let report = SchemaDiff.compare(old: old.model, new: new.model, mode: mode)
        console.out(format == "json" ? DiffRenderer.json(report) : DiffRenderer.text(report))
        return report.hasErrors ? ExitCode.failure : ExitCode.success
    }
}
