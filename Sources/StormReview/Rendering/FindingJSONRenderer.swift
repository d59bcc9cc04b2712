import StormDiagnostics
import StormModel
import StormSupport

/// Renders the findings of `stormc lint --format json`: one document for every model linted.
///
/// Shape: `{"findings": [{"model", "rule", "severity", "message", "path", "line", "column", "endLine",
/// "endColumn", "notes": [{"message", "path", "line", "column"}]}], "summary": {"error", "warning", "info"}}`.
/// Columns count Unicode code points.
public enum FindingJSONRenderer {
    /// The JSON document, ending in a newline.
    public static func render(_ results: [(model: Model, findings: [Finding])]) -> String {
        let all = results.flatMap { result in result.findings.map { (result.model, $0) } }
        let findings: [JSON] = all.map { model, finding in
            var object: JSONObject = [
                "model": .string(model.name), "rule": .string(finding.ruleID),
                "severity": .string(finding.severity.rawValue), "message": .string(finding.message),
                "notes": .array(finding.notes.map { note(model, $0) }),
            ]
            if let range = finding.range {
                let place = FindingPlace(range, in: model.sources)
                object.merge(["path": .string(place.path), "line": .integer(place.line), "column": .integer(place.column),
                              "endLine": .integer(place.endLine), "endColumn": .integer(place.endColumn)])
            }
            return .object(object)
        }
        let counts = all.map(\.1)
        let summary: JSON = .object(["error": .integer(counts.count(of: .error)), "warning": .integer(counts.count(of: .warning)),
                                     "info": .integer(counts.count(of: .info))])
        return JSON.object(["findings": .array(findings), "summary": summary]).rendered()
    }

    private static func note(_ model: Model, _ note: DiagnosticNote) -> JSON {
        var object: JSONObject = ["message": .string(note.message)]
        if let range = note.range {
            let place = FindingPlace(range, in: model.sources)
            object.merge(["path": .string(place.path), "line": .integer(place.line), "column": .integer(place.column)])
        }
        return .object(object)
    }
}
