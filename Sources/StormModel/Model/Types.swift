/// The built-in types of Storm.
public enum PrimitiveType: String, Sendable, Hashable, CaseIterable, Codable {
    case string = "String"
    case int = "Int"
    case double = "Double"
    case decimal = "Decimal"
    case bool = "Bool"
    /// An instant, with time zone: ISO 8601 date-time.
    case timestamp = "Timestamp"
    /// A calendar date without time: ISO 8601 `yyyy-MM-dd`.
    case date = "Date"
    case uuid = "UUID"
    /// A length of time: ISO 8601 duration.
    case duration = "Duration"

    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The built-in type spelled `name`, if any (a hash lookup: every field's type goes through here).
    public static func named(_ name: String) -> PrimitiveType? { byName[name] }
}

/// A resolved type: a built-in, a declared type of some context, or a composition of them.
public enum TypeReference: Sendable, Hashable {
    case primitive(PrimitiveType)
    /// A typed identifier (`id TripID`).
    case identifier(SymbolReference)
    case valueObject(SymbolReference)
    case entity(SymbolReference)
    case enumeration(SymbolReference)
    /// `[T]`
    indirect case list(TypeReference)
    /// `[String: T]`: keys are always strings.
    indirect case map(TypeReference)
    /// `T?`
    indirect case optional(TypeReference)

    /// Whether the type is optional at its top level.
    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The type without a top-level optional.
    public var nonOptional: TypeReference {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    /// The declared type this type names, looking through lists, maps and optionals.
    public var namedReference: SymbolReference? {
        switch self {
        case .primitive: nil
        case .identifier(let r), .valueObject(let r), .entity(let r), .enumeration(let r): r
        case .list(let t), .map(let t), .optional(let t): t.namedReference
        }
    }

    /// The type as it would be written in Storm, qualified where it names a declaration
    /// (`[Trips.GeoPoint]?`).
    public var description: String {
        switch self {
        case .primitive(let p): p.rawValue
        case .identifier(let r), .valueObject(let r), .entity(let r), .enumeration(let r): r.description
        case .list(let t): "[\(t.description)]"
        case .map(let t): "[String: \(t.description)]"
        case .optional(let t): "\(t.description)?"
        }
    }
}

/// A literal value, checked against the type it is the default of.
public enum Value: Sendable, Hashable {
    case string(String)
    case integer(Int)
    /// A number with a fraction, kept as written so no precision is lost (`99.95`).
    case number(String)
    case bool(Bool)
    /// A case of the field's enumeration.
    case enumCase(String)
    indirect case list([Value])
    /// `[:]`
    case emptyMap
    /// `null`, for optionals.
    case null
    case duration(TimeSpan)
}

/// A length of time, as written in the model (`5 minutes`), kept in milliseconds.
public struct TimeSpan: Sendable, Hashable, Comparable {
    public var milliseconds: Int
    public init(milliseconds: Int) { self.milliseconds = milliseconds }

    /// The largest unit that divides the span evenly, in words (`5 minutes`, `1 day`).
    public var description: String {
        let units: [(Int, String)] = [(86_400_000, "day"), (3_600_000, "hour"), (60_000, "minute"), (1000, "second"), (1, "millisecond")]
        for (size, word) in units where milliseconds != 0 && milliseconds % size == 0 {
            let amount = milliseconds / size
            return "\(amount) \(word)\(amount == 1 ? "" : "s")"
        }
        return "0 seconds"
    }

    /// ISO 8601 duration (`PT5M`, `P1D`, `PT0.5S`).
    public var iso8601: String {
        var rest = milliseconds
        let days = rest / 86_400_000; rest %= 86_400_000
        let hours = rest / 3_600_000; rest %= 3_600_000
        let minutes = rest / 60_000; rest %= 60_000
        let seconds = rest / 1000; let millis = rest % 1000
        var out = "P"
        if days > 0 { out += "\(days)D" }
        if hours > 0 || minutes > 0 || seconds > 0 || millis > 0 || days == 0 {
            out += "T"
            if hours > 0 { out += "\(hours)H" }
            if minutes > 0 { out += "\(minutes)M" }
            if millis > 0 {
                let fraction = String(String(1000 + millis).dropFirst())
                var trimmed = Substring(fraction)
                while trimmed.last == "0" { trimmed = trimmed.dropLast() }
                out += "\(seconds).\(trimmed)S"
            } else if seconds > 0 || (hours == 0 && minutes == 0) {
                out += "\(seconds)S"
            }
        }
        return out
    }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.milliseconds < rhs.milliseconds }
}

/// Marks a declaration or field as deprecated, with an optional message.
public struct Deprecation: Sendable, Hashable {
    public var message: String?
    public init(message: String?) { self.message = message }
}
