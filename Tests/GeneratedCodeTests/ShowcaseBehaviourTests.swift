import Foundation
import StormRuntime
import SwiftFixtureShowcase
import Testing

// The generated protocols of the Showcase fixture, implemented as a team would: deciders, policies,
// projections and ports are reachable and usable with the runtime's helpers.

struct TripDecider: Trips.Trip.Decider {
    struct Refused: Error, Equatable { var reason: String }

    func decide(_ command: Trips.Trip.Command, state: Trips.Trip?) throws -> [Trips.Trip.Event] {
        switch command {
        case .startTrip(let start):
            guard state == nil else { throw Refused(reason: "already started") }
            return [.tripStarted(Trips.TripStarted(tripID: start.tripID, driver: start.driver, car: start.car, at: start.at))]
        case .endTrip(let end):
            guard state?.status == .Active else { throw Refused(reason: "not active") }
            return [.tripEnded(Trips.TripEnded(tripID: end.tripID, at: end.at, route: end.route, distanceKm: end.distanceKm))]
        case .cancelTrip:
            throw Refused(reason: "trips are no longer cancelled")
        }
    }

    func evolve(_ state: Trips.Trip?, event: Trips.Trip.Event) -> Trips.Trip? {
        switch event {
        case .tripStarted(let started): Trips.Trip(tripID: started.tripID, driver: started.driver)
        case .tripEnded: state.map { var trip = $0; trip.status = .Ended; return trip }
        default: state
        }
    }
}

struct ScoreEveryTrip: Pricing.ScoreEveryTrip.Policy {
    func react(to event: Pricing.ScoreEveryTrip.Event) throws -> [Pricing.ScoreEveryTrip.Command] {
        switch event {
        case .tripEnded(let ended):
            [.scoreTrip(Pricing.ScoreTrip(trip: ended.tripID, driver: Trips.DriverID(rawValue: "d-1"), distanceKm: ended.distanceKm))]
        }
    }
}

struct RiskProjection: Pricing.DriverRisk.Projection {
    func apply(_ event: Pricing.DriverRisk.Event, to readModel: Pricing.DriverRisk?) -> Pricing.DriverRisk? {
        var risk = readModel ?? Pricing.DriverRisk(band: .Medium)
        switch event {
        case .tripStarted: risk.trips += 1
        case .bandChanged(let change): risk.band = change.to
        case .tripScored: break
        }
        return risk
    }
}

actor PublishedScores: Pricing.TripScores.ScoresOutputPort {
    var published: [Pricing.TripScores.ScoresEvent] = []
    func publish(_ event: Pricing.TripScores.ScoresEvent) async throws { published.append(event) }
}

struct ShowcaseBehaviourTests {
    let trip = Trips.TripID()
    let driver = Trips.DriverID(rawValue: "driver-7")
    let at = Date(timeIntervalSince1970: 1_795_947_330.123)

    var started: Trips.TripStarted {
        Trips.TripStarted(tripID: trip, driver: driver, car: Trips.Car(device: Trips.DeviceNumber(rawValue: 42)), at: at)
    }

    @Test func deciderIsTestedInThreeLines() throws {
        let end = Trips.EndTrip(tripID: trip, at: at, route: [], distanceKm: 12.5)
        try TripDecider()
            .given(.tripStarted(started))
            .when(.endTrip(end))
            .then(.tripEnded(Trips.TripEnded(tripID: trip, at: at, route: [], distanceKm: 12.5)))
        let error = try TripDecider().given().when(.endTrip(end)).thenRefused()
        #expect(error as? TripDecider.Refused == TripDecider.Refused(reason: "not active"))
    }

    @Test func eventStoreFoldsStreams() throws {
        var store = InMemoryEventStore<Trips.Trip.Event>()
        let start = Trips.StartTrip(tripID: trip, driver: driver, car: Trips.Car(device: Trips.DeviceNumber(rawValue: 42)), at: at)
        try store.execute(.startTrip(start), on: "trip", with: TripDecider())
        #expect(throws: TripDecider.Refused.self) { try store.execute(.startTrip(start), on: "trip", with: TripDecider()) }
        #expect(TripDecider().fold(store.events(in: "trip"))?.status == .Active)
    }

    @Test func eventSetsTravelInCloudEvents() throws {
        let json = try Trips.Trip.Event.tripStarted(started).cloudEventJSON(id: "e-1", source: "/motorinsurance/trips", time: at)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains(#""type":"motorinsurance.trips.TripStarted.v1""#))
        #expect(text.contains(#""at":"2026-11-29T10:15:30.123Z""#))
        #expect(text.contains(#""tripID":"\#(trip.rawValue.uuidString.lowercased())""#))
        #expect(try Trips.Trip.Event.decodeCloudEvent(from: json).data == .tripStarted(started))
    }

    @Test func policiesProjectionsAndPortsAreImplementable() async throws {
        let ended = Trips.TripEnded(tripID: trip, at: at, route: [], distanceKm: 3)
        #expect(try ScoreEveryTrip().react(to: .tripEnded(ended)).count == 1)
        let risk = RiskProjection().project([.tripStarted(started), .tripStarted(started), .bandChanged(Pricing.BandChanged(driver: driver, from: .Medium, to: .Low))])
        #expect(risk == Pricing.DriverRisk(band: .Low, trips: 2))
        let port = PublishedScores()
        try await port.publish(.tripScored(Pricing.TripScored(trip: trip, score: 0.9, band: .Low)))
        #expect(await port.published.count == 1)
    }

    @Test func descriptorsCarryPortsAndObjectives() {
        let descriptor = Pricing.TripScores.descriptor
        #expect(descriptor.id == "motorinsurance.pricing.TripScores")
        #expect(descriptor.owner == "PricingTeam")
        #expect(descriptor.inputPorts.map(\.eventTypes) == [["motorinsurance.trips.TripEnded.v2"]])
        #expect(descriptor.outputPorts.first?.objectives == ServiceLevelObjectives(freshness: ISODuration(minutes: 5), availabilityPercent: 99.95))
        #expect(descriptor.objectives == ServiceLevelObjectives(freshness: ISODuration(hours: 1), availabilityPercent: 99.9))
    }

    @Test func defaultsAreFilledWhenAbsent() throws {
        let json = #"{"tripID":"0f8fad5b-d9cb-469f-a165-70867728950e","at":"2026-11-29T10:15:30Z","route":[],"distanceKm":"1.5"}"#
        let ended = try StormJSON.decode(Trips.TripEnded.self, from: json)
        #expect(ended.fee == Decimal(string: "0.25"))
        #expect(ended.idle == ISODuration(milliseconds: 0))
        #expect(ended.speeds == [0.0])
        #expect(ended.segments == 1)
        #expect(ended.day == nil)
    }
}
