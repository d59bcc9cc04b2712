import Foundation
import StormRuntime

/// The fleet team's behaviour for the generated `Vehicles.Vehicle.Decider` protocol: hand-written code
/// in a file of its own, next to the model the build plugin compiles.
public struct VehicleDecider: Vehicles.Vehicle.Decider {
    /// Why a command is refused.
    public enum Refusal: Error, Equatable {
        case alreadyRegistered
        case notRegistered
        case distanceNotPositive
    }

    /// The clock that stamps registrations.
    private let now: @Sendable () -> Date

    /// A decider reading the time from `now`.
    public init(now: @escaping @Sendable () -> Date = Date.init) {
        self.now = now
    }

    public var initialState: Vehicles.Vehicle? { nil }

    public func decide(_ command: Vehicles.Vehicle.Command, state: Vehicles.Vehicle?) throws -> [Vehicles.Vehicle.Event] {
        switch command {
        case .registerVehicle(let register):
            guard state == nil else { throw Refusal.alreadyRegistered }
            return [.vehicleRegistered(Vehicles.VehicleRegistered(vehicle: register.vehicle, kind: register.kind, registeredAt: now()))]
        case .recordTrip(let trip):
            guard let state else { throw Refusal.notRegistered }
            // The invariant: the odometer never goes back.
            guard trip.kilometres > 0 else { throw Refusal.distanceNotPositive }
            return [.tripRecorded(Vehicles.TripRecorded(vehicle: trip.vehicle, kilometres: trip.kilometres, odometer: state.odometer + trip.kilometres))]
        }
    }

    public func evolve(_ state: Vehicles.Vehicle?, event: Vehicles.Vehicle.Event) -> Vehicles.Vehicle? {
        switch event {
        case .vehicleRegistered(let registered):
            return Vehicles.Vehicle(id: registered.vehicle, kind: registered.kind)
        case .tripRecorded(let trip):
            guard var vehicle = state else { return nil }
            vehicle.odometer = trip.odometer
            return vehicle
        }
    }
}
