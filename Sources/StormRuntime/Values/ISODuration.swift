import Foundation

/// A length of time with millisecond precision: Storm's `Duration`.
///
/// Coded as an ISO 8601 duration string of days, hours, minutes and seconds (`"PT5M"`, `"P1DT2H"`,
/// `"PT0.5S"`), the form JSON Schema's `duration` format names. Years and months are not accepted when
/// decoding, since their length depends on the calendar; weeks (`"P2W"`) are, as seven days. A leading
/// `-` marks a negative duration.
public struct ISODuration: Hashable, Comparable, Sendable, Codable, LosslessStringConvertible {
    /// The length in milliseconds; negative for a negative duration.
    public var milliseconds: Int

    /// Creates a duration of `milliseconds`.
    public init(milliseconds: Int) { self.milliseconds = milliseconds }

    /// Creates a duration from parts, added up.
    public init(days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0, milliseconds: Int = 0) {
        self.milliseconds = (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000 + milliseconds
    }

    /// The duration as a Swift `Duration`.
    public var duration: Duration { .milliseconds(milliseconds) }

    /// The duration in seconds, as Foundation measures intervals.
    public var timeInterval: TimeInterval { Double(milliseconds) / 1000 }

    /// Parses an ISO 8601 duration of weeks, days, hours, minutes and seconds; nil for anything else.
    public init?(_ description: String) {
        guard let milliseconds = ISODuration.parse(Substring(description)) else { return nil }
        self.milliseconds = milliseconds
    }

    /// The shortest ISO 8601 form: `"PT0S"`, `"PT1M30S"`, `"P1DT2H"`, `"PT0.25S"`.
    public var description: String {
        var rest = milliseconds.magnitude
        let days = rest / 86_400_000; rest %= 86_400_000
        let hours = rest / 3_600_000; rest %= 3_600_000
        let minutes = rest / 60_000; rest %= 60_000
        let seconds = rest / 1000
        let millis = rest % 1000
        var out = milliseconds < 0 ? "-P" : "P"
        if days > 0 { out += "\(days)D" }
        guard rest > 0 || hours > 0 || minutes > 0 || days == 0 else { return out }
        out += "T"
        if hours > 0 { out += "\(hours)H" }
        if minutes > 0 { out += "\(minutes)M" }
        if millis > 0 {
            var fraction = Substring(String(String(1000 + millis).dropFirst()))
            while fraction.last == "0" { fraction = fraction.dropLast() }
            out += "\(seconds).\(fraction)S"
        } else if seconds > 0 || (hours == 0 && minutes == 0) {
            out += "\(seconds)S"
        }
        return out
    }

    public static func < (lhs: ISODuration, rhs: ISODuration) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let duration = ISODuration(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription:
                "expected an ISO 8601 duration of days, hours, minutes and seconds (\"PT5M\"), found \"\(text)\"")
        }
        self = duration
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Milliseconds of `text`, or nil when it is not a duration this type accepts.
    private static func parse(_ text: Substring) -> Int? {
        var rest = text
        let sign = rest.first == "-" ? -1 : 1
        if sign < 0 { rest = rest.dropFirst() }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var total = 0
        var inTime = false
        var sawComponent = false
        var lastRank = -1
        while !rest.isEmpty {
            if rest.first == "T" {
                guard !inTime else { return nil }
                inTime = true
                rest = rest.dropFirst()
                guard !rest.isEmpty else { return nil }
                continue
            }
            let number = rest.prefix { $0.isASCIIDigit || $0 == "." }
            rest = rest.dropFirst(number.count)
            guard let unit = rest.first, !number.isEmpty else { return nil }
            rest = rest.dropFirst()
            let scales: [Character: (rank: Int, milliseconds: Int, time: Bool)] = [
                "W": (0, 604_800_000, false), "D": (1, 86_400_000, false),
                "H": (2, 3_600_000, true), "M": (3, 60_000, true), "S": (4, 1000, true),
            ]
            guard let scale = scales[unit], scale.time == inTime, scale.rank > lastRank else { return nil }
            lastRank = scale.rank
            guard let amount = milliseconds(of: number, scale: scale.milliseconds, fractionAllowed: unit == "S") else { return nil }
            total += amount
            sawComponent = true
        }
        return sawComponent ? sign * total : nil
    }

    /// `number` (digits, and for seconds a fraction of at most millisecond precision) times `scale`.
    private static func milliseconds(of number: Substring, scale: Int, fractionAllowed: Bool) -> Int? {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0]) else { return nil }
        guard parts.count == 2 else { return whole * scale }
        var fraction = parts[1]
        while fraction.count > 3, fraction.last == "0" { fraction = fraction.dropLast() }
        guard fractionAllowed, !fraction.isEmpty, fraction.count <= 3,
              let millis = Int(fraction + String(repeating: "0", count: 3 - fraction.count)) else { return nil }
        return whole * scale + millis
    }
}
