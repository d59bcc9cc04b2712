import StormDiagnostics

/// Time policies: `every month`, `after 3 days from HoldPlaced unless BookCheckedOut`.
extension Parser {
    /// `Schedule = "every" [ Integer ] CalendarUnit
    ///           | "after" Integer CalendarUnit "from" QualifiedName [ "unless" QualifiedName { "," QualifiedName } ] ;`
    /// Called with the current word `every` or `after`.
    mutating func parseSchedule(of policy: Name) -> ScheduleSyntax? {
        if eat("every") {
            var count: IntegerLiteral?
            if current.kind == .number {
                guard let written = parseInteger("a count after `every`") else { return nil }
                count = written
            }
            guard let unit = parseCalendarUnit() else { return nil }
            return .every(count: count, unit: unit)
        }
        advance()
        guard let count = parseInteger("a count after `after` (as in `after 3 days from HoldPlaced`)"), let unit = parseCalendarUnit(),
              expect("from", "after the deadline of policy `\(policy.text)`: write `after \(count.value) \(unit.word(for: count.value)) from Event`"),
              let from = parseQualifiedName("an event name after `from`") else { return nil }
        var unless: [QualifiedName] = []
        if eatOptional("unless", "after `from \(from.text)`") {
            unless = parseQualifiedNameList("an event name after `unless`")
            guard !unless.isEmpty else { return nil }
        }
        return .after(count: count, unit: unit, from: from, unless: unless)
    }

    /// `CalendarUnit = "minute[s]" | "hour[s]" | "day[s]" | "week[s]" | "month[s]" | "year[s]" ;`
    mutating func parseCalendarUnit() -> CalendarUnit? {
        guard current.kind == .identifier, let unit = CalendarUnit(word: text(current)) else {
            error("unknown-calendar-unit", SyntaxDiagnostics.unknownCalendarUnit(found: found),
                  fixIts: current.kind == .identifier ? suggestion(for: text(current), in: CalendarUnit.allCases.flatMap { [$0.word(for: 1), $0.rawValue] }) : [])
            return nil
        }
        advance()
        return unit
    }
}

extension SyntaxDiagnostics {
    /// `unknown-calendar-unit`
    static func unknownCalendarUnit(found: String) -> String {
        "expected a unit of time (minutes, hours, days, weeks, months or years), found \(found)"
    }
}
