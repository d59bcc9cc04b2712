/// A policy: whenever one of its events happens, issue commands ("when TripEnded then ScoreTrip").
///
/// Generated code declares one refined protocol per policy whose `Event` is an enum of the events it
/// reacts to and whose `Command` is an enum of the commands it may issue.
public protocol Policy {
    /// The events the policy reacts to.
    associatedtype Event
    /// The commands the policy issues.
    associatedtype Command

    /// The commands to issue because `event` happened; none when the event calls for nothing.
    func react(to event: Event) throws -> [Command]
}
