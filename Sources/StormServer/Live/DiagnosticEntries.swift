import StormDiagnostics
import StormSource
import StormSupport

/// Diagnostics as the page lists them: severity, ID, message, place and the lines around it.
enum DiagnosticEntries {
    /// Lines shown before and after the line of a diagnostic.
    static let contextLines = 2

    static func json(_ diagnostic: Diagnostic, source: String, sources: SourceManager) -> JSON {
        var entry: JSONObject = [
            "severity": .string(diagnostic.severity.rawValue), "id": .string(diagnostic.id.rawValue),
            "message": .string(diagnostic.message), "source": .string(source),
        ]
        guard let range = diagnostic.range else { return .object(entry) }
        let location = sources.location(of: range)
        entry["path"] = .string(location.path)
        entry["line"] = .integer(location.line)
        entry["column"] = .integer(location.column)
        entry["endLine"] = .integer(location.endLine)
        entry["endColumn"] = .integer(location.endColumn)
        let file = sources[range.file]
        let first = max(1, location.line - contextLines)
        let last = min(file.lineStarts.count, location.line + contextLines)
        if first <= last {
            entry["snippet"] = .array((first...last).map { number in
                let text = String(decoding: file.lineBytes(number), as: UTF8.self)
                return .object(["line": .integer(number), "text": .string(text)])
            })
        }
        return .object(entry)
    }
}
