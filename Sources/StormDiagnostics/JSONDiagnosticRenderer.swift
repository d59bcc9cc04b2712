import Foundation
import StormSource

/// Renders diagnostics as JSON Lines: one object per diagnostic, keys sorted, for editors and CI.
///
/// Shape: `{"id", "severity", "message", "path", "line", "column", "endLine", "endColumn",
/// "snippet": {"text", "highlightStart", "highlightEnd"}, "notes": [{"message", "path", "line", "column"}],
/// "fixIts": [{"message", "edits": [...]}]}`. The snippet is the line of the diagnostic's start, or a
/// window of it with `…` at the cut ends (``Snippet``); the highlight is given in 1-based byte columns
/// of its text.
public struct JSONDiagnosticRenderer: Sendable {
    public var sources: SourceManager

    public init(sources: SourceManager) { self.sources = sources }

    struct Place: Encodable {
        var path: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
    }

    struct Note: Encodable {
        var message: String
        var path: String?
        var line: Int?
        var column: Int?
    }

    struct Edit: Encodable {
        var path: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var replacement: String
    }

    struct Fix: Encodable {
        var message: String
        var edits: [Edit]
    }

    struct Excerpt: Encodable {
        var text: String
        var highlightStart: Int
        var highlightEnd: Int
    }

    struct Entry: Encodable {
        var id: String
        var severity: String
        var message: String
        var path: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var snippet: Excerpt?
        var notes: [Note]
        var fixIts: [Fix]
    }

    private func excerpt(_ range: SourceRange) -> Excerpt {
        let file = sources[range.file]
        let snippet = Snippet(of: range, in: file)
        let (start, end) = snippet.columns(of: range)
        return Excerpt(text: snippet.text(in: file), highlightStart: start, highlightEnd: end)
    }

    /// One line of JSON (ending in a newline) for the diagnostic.
    public func render(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.range.map { sources.location(of: $0) }
        let entry = Entry(
            id: diagnostic.id.rawValue, severity: diagnostic.severity.rawValue, message: diagnostic.message,
            path: place?.path, line: place?.line, column: place?.column, endLine: place?.endLine, endColumn: place?.endColumn,
            snippet: diagnostic.range.map(excerpt),
            notes: diagnostic.notes.map { note in
                let location = note.range.map { sources.location(of: $0) }
                return Note(message: note.message, path: location?.path, line: location?.line, column: location?.column)
            },
            fixIts: diagnostic.fixIts.map { fix in
                Fix(message: fix.message, edits: fix.edits.map { edit in
                    let location = sources.location(of: edit.range)
                    return Edit(path: location.path, line: location.line, column: location.column,
                                endLine: location.endLine, endColumn: location.endColumn, replacement: edit.replacement)
                })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entry)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
