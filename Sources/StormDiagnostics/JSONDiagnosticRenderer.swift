import Foundation
import StormSource

/// Renders diagnostics as JSON Lines: one object per diagnostic, keys sorted, for editors and CI.
///
/// Shape: `{"id", "severity", "message", "path", "line", "column", "endLine", "endColumn",
/// "notes": [{"message", "path", "line", "column"}], "fixIts": [{"message", "edits": [...]}]}`.
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

    struct Entry: Encodable {
        var id: String
        var severity: String
        var message: String
        var path: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var notes: [Note]
        var fixIts: [Fix]
    }

    /// One line of JSON (ending in a newline) for the diagnostic.
    public func render(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.range.map { sources.location(of: $0) }
        let entry = Entry(
            id: diagnostic.id.rawValue, severity: diagnostic.severity.rawValue, message: diagnostic.message,
            path: place?.path, line: place?.line, column: place?.column, endLine: place?.endLine, endColumn: place?.endColumn,
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
