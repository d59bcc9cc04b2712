import Foundation
import StormLanguageServer

/// `stormc lsp`
enum LanguageServerCommand: Command {
    static let name = "lsp"
    static let summary = "Serve the Language Server Protocol on standard input and output, for editors"
    static let help = """
    USAGE: stormc lsp [--stdio] [--docs URL]

    Speaks the Language Server Protocol 3.17 (JSON-RPC with Content-Length framing) on standard input
    and output, for editors (Docs/Editors.md). A folder is one model: opening a .storm file checks every
    .storm file of its folder, and diagnostics of all of them follow each edit. Serves diagnostics with
    quick fixes, hover, definition, references, rename, completion, symbols, formatting, folding,
    semantic tokens and code lenses. Exits after `exit`, or when standard input closes.

    OPTIONS:
      --docs URL   Where Diagnostics.md and Rules.md are, for the links of diagnostic codes (default: the
                   Docs folder beside a stormc built from source, as a file: URL; else no links)
      --stdio      Accepted and ignored: standard input and output are the only transport (editors'
                   clients such as VS Code's pass it)
      -h, --help   Show this help

    EXIT STATUS: 0 after `shutdown` then `exit`, 1 when the input ends or `exit` comes without `shutdown`.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let docs = try arguments.option("--docs")
        _ = arguments.flag("--stdio")
        let extra = try arguments.positionals()
        if !extra.isEmpty { throw UsageError("lsp takes no paths (the editor opens the files), not `\(extra[0])`") }
        return LanguageServer.run(input: 0, output: 1, documentationBase: docs ?? bundledDocs())
    }

    /// `file:` URL of the `Docs/` folder of the source tree this stormc was built in, if it is still there.
    static func bundledDocs() -> String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let docs = folder.appendingPathComponent("Docs")
            if FileManager.default.fileExists(atPath: docs.appendingPathComponent("Diagnostics.md").path) { return docs.absoluteString }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
