import Foundation

/// When a time policy acts: on a recurring period, or once a period has passed after an event.
///
/// Generated code gives each time policy its schedule (`EndAbandonedTrips.schedule`); periods are ISO 8601
/// durations (`P1M`, `PT12H`) and events are named `Context.Event`.
public enum PolicySchedule: Hashable, Sendable {
    /// Every `period`: `policy CloseMonth: every month then …`.
    case every(period: String)
    /// `period` after the event `from`, unless one of the events `unless` happens first:
    /// `policy ExpireHold: after 3 days from HoldPlaced unless BookCheckedOut then …`.
    case after(period: String, from: String, unless: [String])
}

/// The scheduler port: how time policies are woken. The platform's timer, cron job or job queue
/// implements it; the team's code calls it when a deadline starts or is cancelled, and the scheduler calls
/// the policy back when its time comes.
public protocol Scheduler: Sendable {
    /// Wakes `policy` every `period` (ISO 8601) from now on.
    func repeatEvery(_ period: String, policy: String) async throws
    /// Wakes `policy` for `key` (the deadline's subject, such as a trip's identity) at `date`, replacing
    /// an earlier deadline of the same policy and key.
    func setDeadline(_ key: String, at date: Date, policy: String) async throws
    /// Cancels the deadline of `policy` for `key`, if one is set.
    func cancelDeadline(_ key: String, policy: String) async throws
}
