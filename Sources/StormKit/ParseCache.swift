import StormDiagnostics
import StormSource
import StormSyntax

/// The syntax trees of a model's files from its last load, so that loading it again after one file
/// changed re-parses only that file (the language server's edits). A tree is reused when its file has
/// the same path, the same bytes and the same place in the model as before; every other file is parsed.
public final class ParseCache {
    private struct Entry {
        let id: FileID
        let bytes: [UInt8]
        let syntax: FileSyntax
        let diagnostics: DiagnosticList
    }

    private var entries: [String: Entry] = [:]

    /// How many files the last load parsed, and how many it reused.
    public private(set) var parsed = 0, reused = 0

    public init() {}

    /// The syntax tree of every file of `sources`, with the parser's diagnostics appended to
    /// `diagnostics`; keeps only these files' trees for the next load.
    func parse(_ sources: SourceManager, diagnostics: inout DiagnosticList) -> [FileSyntax] {
        var next: [String: Entry] = [:]
        parsed = 0
        reused = 0
        let trees = sources.ids.map { id -> FileSyntax in
            let file = sources[id]
            let entry: Entry
            if let old = entries[file.path], old.id == id, old.bytes == file.bytes {
                entry = old
                reused += 1
            } else {
                var own = DiagnosticList()
                let syntax = Parser.parse(file, id: id, diagnostics: &own)
                entry = Entry(id: id, bytes: file.bytes, syntax: syntax, diagnostics: own)
                parsed += 1
            }
            next[file.path] = entry
            diagnostics.append(contentsOf: entry.diagnostics)
            return entry.syntax
        }
        entries = next
        return trees
    }
}
