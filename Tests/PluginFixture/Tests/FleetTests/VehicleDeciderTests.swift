import Fleet
import Foundation
import StormRuntime
import Testing

/// The aggregate's behaviour, through the types the build plugin generated from `Vehicles.storm`.
@Suite struct VehicleDeciderTests {
    let van = Vehicles.VehicleId()
    let registeredAt = Date(timeIntervalSince1970: 1_767_225_600)

    var registered: Vehicles.VehicleRegistered { Vehicles.VehicleRegistered(vehicle: van, kind: .van, registeredAt: registeredAt) }

    @Test func aTripAddsItsDistanceToTheOdometer() throws {
        try VehicleDecider()
            .given(.vehicleRegistered(registered), .tripRecorded(Vehicles.TripRecorded(vehicle: van, kilometres: 100, odometer: 100)))
            .when(.recordTrip(Vehicles.RecordTrip(vehicle: van, kilometres: 20)))
            .then(.tripRecorded(Vehicles.TripRecorded(vehicle: van, kilometres: 20, odometer: 120)))
    }

    @Test func registeringStampsTheTime() throws {
        try VehicleDecider(now: { [registeredAt] in registeredAt })
            .given()
            .when(.registerVehicle(Vehicles.RegisterVehicle(vehicle: van, kind: .van)))
            .then(.vehicleRegistered(registered))
    }

    @Test func anUnregisteredVehicleCannotTravel() throws {
        let refusal = try VehicleDecider()
            .given()
            .when(.recordTrip(Vehicles.RecordTrip(vehicle: van, kilometres: 20)))
            .thenRefused()
        #expect(refusal as? VehicleDecider.Refusal == .notRegistered)
    }

    @Test func theEventStoreKeepsTheStream() throws {
        var store = InMemoryEventStore<Vehicles.Vehicle.Event>()
        let decider = VehicleDecider(now: { [registeredAt] in registeredAt })
        try store.execute(.registerVehicle(Vehicles.RegisterVehicle(vehicle: van, kind: .truck)), on: "van", with: decider)
        try store.execute(.recordTrip(Vehicles.RecordTrip(vehicle: van, kilometres: 42)), on: "van", with: decider)
        #expect(decider.fold(store.events(in: "van")) == Vehicles.Vehicle(id: van, kind: .truck, odometer: 42))
    }
}
