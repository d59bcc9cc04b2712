import StormCML
import StormDiagnostics
import StormGenerators
import StormKit

/// `stormc import cml FILE.cml... --out DIR`
enum ImportCommand: Command {
    static let name = "import"
    static let summary = "Import a model from another language: Context Mapper's CML"
    static let help = """
    USAGE: stormc import cml FILE.cml... --out DIR [--diagnostics-format text|json]

    Translates Context Mapper (CML) files into a Storm model folder: one formatted .storm file per CML
    file (the given ones and every file they `import`), named after it. Domains, subdomains, bounded
    contexts, teams, the context map, aggregates, entities, value objects, events, commands and enums
    are imported; what Storm cannot hold is reported as a `cml-unsupported` warning at its place and
    kept as a comment. Errors in the CML are reported, and then no file is written.

    OPTIONS:
      --out DIR                         The folder to write the .storm files into (created if needed)
      --diagnostics-format text|json    How to print diagnostics (default: text)
      -h, --help                        Show this help

    EXIT STATUS: 0 imported (warnings allowed), 1 errors in the CML, 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        guard let out = try arguments.option("--out") else { throw UsageError("missing --out DIR") }
        let printer = try DiagnosticPrinter(format: try arguments.option("--diagnostics-format"), console: console)
        var paths = try arguments.positionals()
        try ForeignLanguage.take(from: &paths, verb: "import")
        guard !paths.isEmpty else { throw UsageError("missing the .cml files to import") }
        do throws(LoadError) {
            let result = try CMLImporter.importFiles(paths)
            printer.print(result.diagnostics, sources: result.sources)
            if let check = result.stormCheck {
                printer.print(check.diagnostics, sources: check.sources)
                console.error("stormc import: the translation does not check as Storm: no file was written\n")
                return ExitCode.failure
            }
            guard result.succeeded else {
                console.error("stormc import: errors in the CML: no file was written\n")
                return ExitCode.failure
            }
            let summary = try OutputWriter.write(result.files.map { GeneratedFile(path: $0.name, contents: $0.text) }, to: out)
            let warnings = result.diagnostics.count(of: .warning)
            func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
            console.error("\(count(result.sources.files.count, "CML file")): \(summary.written.count) written, \(summary.unchanged.count) unchanged, \(count(warnings, "warning"))\n")
            return ExitCode.success
        } catch {
            console.error("stormc: error: \(error.message)\n")
            return ExitCode.usage
        }
    }
}
