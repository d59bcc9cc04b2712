import StormSupport

/// Renders the result of `stormc diff` as text or as JSON.
public enum DiffRenderer {
    /// One GNU-style line per changed declaration (`path:line:col: error: event `Trips.TripEnded` changed: …`),
    /// its changes indented below, and a summary line.
    public static func text(_ report: DiffReport) -> String {
        var out = ""
        for entry in report.entries {
            let place = entry.location.map { "\($0.path):\($0.line):\($0.column): " } ?? ""
            let label = entry.severity == .info ? "note" : entry.severity.rawValue
            out += "\(place)\(label): \(entry.kind.rawValue) `\(entry.reference)`\(versions(entry)) \(entry.status.rawValue): \(entry.verdict)\n"
            let width = entry.changes.map(\.kind.rawValue.count).max() ?? 0
            for change in entry.changes {
                out += "  " + change.kind.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  \(change.subject): \(change.detail) (\(change.compatibility.summary))\n"
            }
            for problem in entry.backwardProblems { out += "  backward: \(problem)\n" }
            for problem in entry.forwardProblems { out += "  forward: \(problem)\n" }
        }
        let counts = [RuleSeverity.error, .warning, .info].map { severity in report.entries.filter { $0.severity == severity }.count }
        out += "\(report.entries.count) changed declaration\(report.entries.count == 1 ? "" : "s"): "
            + "\(counts[0]) error\(counts[0] == 1 ? "" : "s"), \(counts[1]) warning\(counts[1] == 1 ? "" : "s"), \(counts[2]) info "
            + "(\(report.mode.rawValue) compatibility \(report.hasErrors ? "broken" : "kept"))\n"
        return out
    }

    /// ` v1 → v2` for events whose version is known on both sides, ` v2` on one side.
    private static func versions(_ entry: DeclarationChange) -> String {
        switch (entry.oldVersion, entry.newVersion) {
        case let (old?, new?) where old != new: " v\(old) → v\(new)"
        case let (old?, new?): " v\(max(old, new))"
        case let (version?, nil), let (nil, version?): " v\(version)"
        case (nil, nil): ""
        }
    }

    /// One JSON document: `{"mode", "compatible", "entries": [...], "summary": {"error", "warning", "info"}}`.
    public static func json(_ report: DiffReport) -> String {
        let entries: [JSON] = report.entries.map { entry in
            var object: JSONObject = [
                "kind": .string(entry.kind.rawValue), "context": .string(entry.reference.context), "name": .string(entry.reference.name),
                "status": .string(entry.status.rawValue), "severity": .string(entry.severity.rawValue), "verdict": .string(entry.verdict),
                "backward": .bool(entry.compatibility.backward), "forward": .bool(entry.compatibility.forward),
                "changes": .array(entry.changes.map { change in
                    ["kind": .string(change.kind.rawValue), "subject": .string(change.subject), "detail": .string(change.detail),
                     "backward": .bool(change.compatibility.backward), "forward": .bool(change.compatibility.forward)]
                }),
                "problems": ["backward": .array(entry.backwardProblems.map { .string($0.description) }),
                             "forward": .array(entry.forwardProblems.map { .string($0.description) })],
            ]
            object["oldVersion"] = entry.oldVersion.map(JSON.integer)
            object["newVersion"] = entry.newVersion.map(JSON.integer)
            if let location = entry.location {
                object.merge(["path": .string(location.path), "line": .integer(location.line), "column": .integer(location.column)])
            }
            return .object(object)
        }
        let summary: JSON = .object(JSONObject(members: [RuleSeverity.error, .warning, .info].map { severity in
            JSONObject.Member(severity.rawValue, .integer(report.entries.filter { $0.severity == severity }.count))
        }))
        return JSON.object(["mode": .string(report.mode.rawValue), "compatible": .bool(!report.hasErrors),
                            "entries": .array(entries), "summary": summary]).rendered()
    }
}
