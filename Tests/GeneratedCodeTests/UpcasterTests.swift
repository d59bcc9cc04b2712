import Foundation
import GeneratedMotorInsurance
import StormRuntime
import Testing

/// The previous major MotorInsurance keeps (`event TripCompleted v2.1 { … } was v1 { … }`), as compiled:
/// v1 events decode with their own type and a team's upcaster turns them into v2.
struct UpcasterTests {
    /// What a team writes: v1 had the distance only, so the summary takes it and a zero duration.
    struct TripCompletedUpcaster: Trips.TripCompletedV1Upcaster {
        func upcast(_ event: Trips.TripCompletedV1) -> Trips.TripCompleted {
            Trips.TripCompleted(trip: event.trip, vehicle: event.vehicle, startedAt: event.startedAt, endedAt: event.endedAt,
                                summary: Trips.TripSummary(distanceKm: event.distanceKm, duration: StormRuntime.ISODuration(milliseconds: 0)),
                                incidents: [])
        }
    }

    @Test func aVersionOneEventDecodesAndUpcastsToVersionTwo() throws {
        #expect(Trips.TripCompletedV1.schemaVersion == 1)
        #expect(Trips.TripCompletedV1.eventType == "motorinsurance.trips.TripCompleted.v1")
        #expect(Trips.TripCompleted.schemaVersion == 2)
        let json = #"""
        {"trip": "7f1d3a52-9c1e-4a57-b7f5-0d3f8a2c9e41", "vehicle": "WVW-123", "startedAt": "2026-03-01T08:00:00Z",
         "endedAt": "2026-03-01T08:30:00Z", "distanceKm": 12.5}
        """#
        let old = try JSONDecoder().decode(Trips.TripCompletedV1.self, from: Data(json.utf8))
        let upcast = TripCompletedUpcaster().upcast(old)
        #expect(upcast.trip == old.trip)
        #expect(upcast.summary.distanceKm == 12.5)
        #expect(upcast.driver == nil)
    }
}
