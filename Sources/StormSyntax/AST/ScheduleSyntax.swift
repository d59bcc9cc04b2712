/// A unit of calendar time in a schedule (`every month`, `after 3 days`).
public enum CalendarUnit: String, Sendable, Hashable, CaseIterable {
    case minutes, hours, days, weeks, months, years

    /// The unit for a word, accepting singular and plural (`day`, `days`).
    public init?(word: String) {
        let plural = word.hasSuffix("s") ? word : word + "s"
        self.init(rawValue: plural)
    }

    /// The word for `count` units: `day` for one, `days` otherwise.
    public func word(for count: Int) -> String {
        count == 1 ? String(rawValue.dropLast()) : rawValue
    }
}

/// What makes a policy react to time rather than to an event.
public enum ScheduleSyntax: Sendable, Hashable {
    /// `every month`, `every 2 weeks`: the count is nil when not written.
    case every(count: IntegerLiteral?, unit: CalendarUnit)
    /// `after 3 days from HoldPlaced unless BookCheckedOut, HoldCancelled`: a deadline that starts with an
    /// event and is cancelled by any of the `unless` events.
    case after(count: IntegerLiteral, unit: CalendarUnit, from: QualifiedName, unless: [QualifiedName])
}
