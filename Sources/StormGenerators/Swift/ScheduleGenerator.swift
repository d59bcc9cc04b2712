import StormModel

/// A time policy's schedule as data (`public static var schedule: StormRuntime.PolicySchedule`), which
/// the platform's implementation of the `StormRuntime.Scheduler` port follows.
struct ScheduleGenerator {
    func write(_ schedule: Schedule, of policy: Policy, into out: inout SwiftWriter) {
        switch schedule {
        case .every:
            out.doc("When `\(policy.name)` acts: every \(schedule.period). A `StormRuntime.Scheduler` wakes it.")
            out.startLine()
            out.write("public static var schedule: StormRuntime.PolicySchedule { .every(period: ")
            out.writeStringLiteral(schedule.period)
            out.write(") }")
            out.endLine()
        case .after(_, _, let from, let unless):
            let cancelled = unless.isEmpty ? "" : ", unless " + unless.map { "`\($0)`" }.joined(separator: " or ") + " happens first"
            out.doc("When `\(policy.name)` acts: \(schedule.period) after each `\(from)`\(cancelled). A `StormRuntime.Scheduler` keeps the deadlines.")
            out.startLine()
            out.write("public static var schedule: StormRuntime.PolicySchedule { .after(period: ")
            out.writeStringLiteral(schedule.period)
            out.write(", from: ")
            out.writeStringLiteral(from.description)
            out.write(", unless: [")
            for (index, event) in unless.enumerated() {
                if index > 0 { out.write(", ") }
                out.writeStringLiteral(event.description)
            }
            out.write("]) }")
            out.endLine()
        }
    }
}
