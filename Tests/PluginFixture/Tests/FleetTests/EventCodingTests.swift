import Fleet
import Foundation
import StormRuntime
import Testing

/// The generated events on the wire.
@Suite struct EventCodingTests {
    let trip = Vehicles.TripRecorded(vehicle: Vehicles.VehicleId(rawValue: UUID(uuidString: "6F1C2A8E-0B7D-4C3E-9A51-2D4E8F6A7B90")!),
                                     kilometres: 20, odometer: 120)

    @Test func anEventRoundTripsThroughJSON() throws {
        let json = try StormJSON.string(trip)
        #expect(json == #"{"kilometres":20,"odometer":120,"vehicle":"6f1c2a8e-0b7d-4c3e-9a51-2d4e8f6a7b90"}"#)
        #expect(try StormJSON.decode(Vehicles.TripRecorded.self, from: json) == trip)
    }

    @Test func anEventRoundTripsInACloudEvent() throws {
        let event = Vehicles.Vehicle.Event.tripRecorded(trip)
        let json = try event.cloudEventJSON(id: "1", source: "/logistics/vehicles", time: Date(timeIntervalSince1970: 0))
        let decoded = try Vehicles.Vehicle.Event.decodeCloudEvent(from: json)
        #expect(decoded.type == "logistics.vehicles.TripRecorded.v2")
        #expect(decoded.data == event)
    }
}

/// The catalog the build plugin generates, named after the target.
@Suite struct CatalogTests {
    @Test func theCatalogFindsEveryEventByItsType() throws {
        #expect(FleetCatalog.modelName == "Fleet")
        #expect(FleetCatalog.contexts.map { $0.contextName } == ["Vehicles"])
        let found = try #require(FleetCatalog.eventType(named: "logistics.vehicles.TripRecorded.v2"))
        #expect(ObjectIdentifier(found) == ObjectIdentifier(Vehicles.TripRecorded.self))
    }
}
