import StormSource

/// What makes a time policy react: a recurring time, or a deadline after an event.
public enum Schedule: Sendable, Hashable {
    /// A unit of calendar time.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case minutes, hours, days, weeks, months, years
    }

    /// `every 2 weeks`
    case every(count: Int, unit: Unit)
    /// `after 3 days from HoldPlaced unless BookCheckedOut`: the deadline starts with `from` (also the
    /// policy's one trigger) and is cancelled by any of `unless`.
    case after(count: Int, unit: Unit, from: SymbolReference, unless: [SymbolReference])

    /// As ISO 8601 writes the period: `P1M`, `P3D`, `PT2H`.
    public var period: String {
        let (count, unit): (Int, Unit) = switch self {
        case .every(let count, let unit), .after(let count, let unit, _, _): (count, unit)
        }
        return switch unit {
        case .minutes: "PT\(count)M"
        case .hours: "PT\(count)H"
        case .days: "P\(count)D"
        case .weeks: "P\(count)W"
        case .months: "P\(count)M"
        case .years: "P\(count)Y"
        }
    }
}
