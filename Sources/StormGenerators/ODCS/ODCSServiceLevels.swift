import StormModel
import StormSupport

/// The `slaProperties` of a contract, from a port's objectives: freshness is ODCS `latency` (the largest
/// whole unit: `5` `minutes`), availability is `availability` in `%`.
enum ODCSServiceLevels {
    static func properties(freshness: TimeSpan?, availability: Availability?) -> YAML? {
        var out: [YAML] = []
        if let freshness {
            let words = freshness.description.split(separator: " ")
            out.append(.ordered([
                "property": "latency",
                "value": .integer(Int(words[0]) ?? freshness.milliseconds),
                "unit": .string(words.count > 1 ? String(words[1]) : "milliseconds"),
                "description": .string("Freshness: data is at most \(freshness.description) old (\(freshness.iso8601))."),
            ]))
        }
        if let availability {
            out.append(.ordered([
                "property": "availability",
                "value": .number(availability.percent),
                "unit": "%",
                "description": .string("Available \(availability.percent)% of the time."),
            ]))
        }
        return out.isEmpty ? nil : .sequence(out)
    }
}
