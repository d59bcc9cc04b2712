import StormDiagnostics
import StormSource
import StormSyntax

/// Time policies: a count of at least one, and events that resolve.
extension Resolution {
    mutating func resolveSchedule(_ syntax: ScheduleSyntax, in context: String) -> Schedule? {
        switch syntax {
        case .every(let count, let unit):
            guard let unit = Schedule.Unit(rawValue: unit.rawValue), validCount(count) else { return nil }
            return .every(count: count?.value ?? 1, unit: unit)
        case .after(let count, let unit, let from, let unless):
            let cancelling = unless.compactMap { resolve($0, in: context, Resolution.events)?.reference }
            guard let start = resolve(from, in: context, Resolution.events)?.reference,
                  let unit = Schedule.Unit(rawValue: unit.rawValue), validCount(count) else { return nil }
            for (name, reference) in zip(unless, cancelling) where reference == start {
                diagnostics.error("deadline-cancelled-by-its-start", ModelDiagnostics.deadlineCancelledByItsStart(name.text), at: name.range)
                return nil
            }
            return .after(count: count.value, unit: unit, from: start, unless: cancelling)
        }
    }

    /// `invalid-schedule`: a count of zero or less.
    mutating func validCount(_ count: IntegerLiteral?) -> Bool {
        guard let count, count.value < 1 else { return true }
        diagnostics.error("invalid-schedule", ModelDiagnostics.invalidSchedule(count.value), at: count.range)
        return false
    }
}

/// Messages of time policies.
extension ModelDiagnostics {
    /// `invalid-schedule`
    static func invalidSchedule(_ count: Int) -> String { "a schedule counts at least one unit of time, not \(count)" }

    /// `deadline-cancelled-by-its-start`
    static func deadlineCancelledByItsStart(_ event: String) -> String {
        "`\(event)` both starts the deadline and cancels it: name the events that make the deadline unnecessary after `unless`"
    }
}
