import Foundation
import StormDiagnostics
import StormKit
import StormSource
import StormSyntax

/// `stormc fmt [--check] [PATH...]`
enum FormatCommand: Command {
    static let name = "fmt"
    static let summary = "Rewrite .storm files in the canonical layout"
    static let help = """
    USAGE: stormc fmt [--check] [PATH...]

    Rewrites the .storm files in the given files and folders (with no PATH, every .storm file under
    ./Models) in the canonical layout: two-space indentation, one member per line, canonical spacing,
    comments kept. Formatting never changes what a file means, and formatting twice changes nothing.
    Only files whose contents change are written. When a file has syntax errors, they are printed and
    no file is written.

    OPTIONS:
      --check      Write nothing; list the files that are not formatted, and fail if there are any
      -h, --help   Show this help

    EXIT STATUS: 0 formatted (or, with --check, every file already formatted), 1 syntax errors or (with
    --check) files to format, 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let check = arguments.flag("--check")
        let paths = try arguments.positionals()
        let printer = try DiagnosticPrinter(format: nil, console: console)
        do throws(LoadError) {
            if paths.isEmpty, !FileManager.default.fileExists(atPath: "Models") {
                throw LoadError("no Models folder here: give the files or folders to format")
            }
            let sources = try read(ModelLoader.stormFiles(in: paths.isEmpty ? ["Models"] : paths))
            var diagnostics = DiagnosticList()
            var changed: [(path: String, text: String)] = []
            for id in sources.ids {
                let source = sources[id]
                guard let text = StormFormatter.format(source, id: id, diagnostics: &diagnostics) else { continue }
                if Array(text.utf8) != source.bytes { changed.append((source.path, text)) }
            }
            if diagnostics.hasErrors {
                printer.print(diagnostics, sources: sources)
                console.error("stormc fmt: syntax errors: no file was written\n")
                return ExitCode.failure
            }
            if check {
                for file in changed { console.out(file.path + "\n") }
                guard changed.isEmpty else {
                    console.error("stormc fmt: \(changed.count) of \(count(sources.files.count)) not formatted: run `stormc fmt`\n")
                    return ExitCode.failure
                }
                return ExitCode.success
            }
            for file in changed {
                try write(file.text, to: file.path)
            }
            console.error("\(count(sources.files.count)): \(changed.count) formatted, \(sources.files.count - changed.count) unchanged\n")
            return ExitCode.success
        } catch {
            console.error("stormc: error: \(error.message)\n")
            return ExitCode.usage
        }
    }

    /// Reads the files, in the order given.
    private static func read(_ paths: [String]) throws(LoadError) -> SourceManager {
        if paths.isEmpty { throw LoadError("no .storm files to format") }
        var sources = SourceManager()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { throw LoadError("cannot read \(path)") }
            guard data.count <= ModelLoader.maximumFileSize else {
                throw LoadError("\(path) is larger than \(ModelLoader.maximumFileSize / 1024 / 1024) MiB")
            }
            sources.add(SourceFile(path: path, bytes: [UInt8](data)))
        }
        return sources
    }

    /// Replaces a file's contents atomically.
    private static func write(_ text: String, to path: String) throws(LoadError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LoadError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    private static func count(_ files: Int) -> String { files == 1 ? "1 file" : "\(files) files" }
}
