import Foundation
import StormRuntime

// A hand-written aggregate in the shape generated code has, to test the runtime without the compiler.

struct Unlocked: DomainEvent {
    static var eventName: String { "Unlocked" }
    static var contextName: String { "Gates" }
    static var schemaVersion: Int { 2 }
    static var eventType: String { "transit.gates.Unlocked.v2" }
    var fare: Decimal
}

struct Passed: DomainEvent {
    static var eventName: String { "Passed" }
    static var contextName: String { "Gates" }
    static var schemaVersion: Int { 1 }
    static var eventType: String { "transit.gates.Passed.v1" }
}

enum TurnstileEvent: DomainEventSet {
    case unlocked(Unlocked)
    case passed(Passed)

    static var eventTypes: [any DomainEvent.Type] { [Unlocked.self, Passed.self] }

    var event: any DomainEvent {
        switch self {
        case .unlocked(let event): event
        case .passed(let event): event
        }
    }

    init?(_ event: any DomainEvent) {
        switch event {
        case let event as Unlocked: self = .unlocked(event)
        case let event as Passed: self = .passed(event)
        default: return nil
        }
    }
}

enum TurnstileCommand: Hashable, Sendable {
    case pay(Decimal)
    case push
}

struct TurnstileRefusal: Error, Equatable {}

/// Locked until paid; one pass per payment.
struct TurnstileDecider: Decider {
    var initialState: Bool { false }

    func decide(_ command: TurnstileCommand, state unlocked: Bool) throws -> [TurnstileEvent] {
        switch command {
        case .pay(let fare):
            return unlocked ? [] : [TurnstileEvent.unlocked(Unlocked(fare: fare))]
        case .push:
            guard unlocked else { throw TurnstileRefusal() }
            return [.passed(Passed())]
        }
    }

    func evolve(_ state: Bool, event: TurnstileEvent) -> Bool {
        switch event {
        case .unlocked: true
        case .passed: false
        }
    }
}
