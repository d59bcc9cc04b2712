import Foundation

/// The inputs the randomized robustness test mutates: a small model of our own that uses every construct
/// of the language, plus every `Models/<Model>/*.storm` file of the repository when there are any.
enum SeedModel {
    /// The repository root, found from this file's path (`Tests/StormModelTests/Robustness/`).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The files of one model: a path (relative, for messages) and its bytes.
    struct Model {
        var name: String
        var files: [(path: String, bytes: [UInt8])]
    }

    /// The seed model, then each model under `Models/`, sorted by path.
    static func all() -> [Model] {
        [builtIn] + repositoryModels()
    }

    /// Every model folder under `Models/` of the repository, each with its `.storm` files.
    static func repositoryModels() -> [Model] {
        let fileManager = FileManager.default
        let models = repositoryRoot.appendingPathComponent("Models")
        guard let folders = try? fileManager.contentsOfDirectory(atPath: models.path) else { return [] }
        return folders.sorted().compactMap { folder -> Model? in
            let directory = models.appendingPathComponent(folder)
            guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else { return nil }
            let files = names.filter { $0.hasSuffix(".storm") }.sorted().compactMap { name -> (String, [UInt8])? in
                guard let data = fileManager.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
                return ("Models/\(folder)/\(name)", [UInt8](data))
            }
            return files.isEmpty ? nil : Model(name: folder, files: files)
        }
    }

    static let builtIn = Model(name: "Seed", files: [
        ("Seed/domain.storm", Array(domain.utf8)),
        ("Seed/trips.storm", Array(trips.utf8)),
        ("Seed/scoring.storm", Array(scoring.utf8)),
        ("Seed/map.storm", Array(map.utf8)),
    ])

    static let domain = """
    /// Motor insurance telematics, as the workshop saw it.
    domain MotorInsurance "Usage-based motor insurance" {
      subdomain TripRecording: core "Turning telemetry into trips"
      subdomain DriverScoring: core
      subdomain Claims: supporting
      subdomain Payments: generic
    }

    team Journeys { contact "journeys@example.com" }
    team Risk

    """

    static let trips = """
    /// Trips recorded by the box or the phone.
    context Trips implements MotorInsurance.TripRecording {
      owner Journeys
      vision "Every journey recorded once and trusted by everyone downstream"
      actor Driver
      external system TelematicsDevice
      id TripID
      id DeviceID: String
      value GeoPoint { latitude: Double, longitude: Double }
      enum TransportMode { car, bus, train }

      aggregate Trip {
        tripId: TripID @identity
        startedAt: Timestamp
        distanceKm: Decimal?
        tags: [String: [String]] = [:]
        invariant "A trip ends after it starts"
        command StartTrip by Driver { driverId: String, startedAt: Timestamp } emits TripStarted
        command EndTrip by TelematicsDevice, Driver { endedAt: Timestamp, route: [GeoPoint] } emits TripEnded
        entity Leg { from: GeoPoint, to: GeoPoint }
        value Odometer { km: Decimal = 0.0 }
        hotspot "What happens when the phone dies mid-trip?"
      }
      // storm:allow event-name-past-tense legacy wording
      event TripStarted { tripId: TripID, startedAt: Timestamp }
      @deprecated("use TripEnded v2")
      event TripEnded v2 {
        tripId: TripID
        endedAt: Timestamp
        route: [GeoPoint] @pii
        mode: TransportMode = car
        grace: Duration = 5 minutes
        note: String? = null
        names: [String] = ["a", "b\\n\\u{1F697}"]
      }
      read model TripHistory from TripStarted, TripEnded { trips: [TripID] }
      hotspot "Who owns a trip shared by two drivers?"
      data product TripFeed {
        input port scores consumes Scoring.TripScored
        output port trips publishes TripStarted, TripEnded {
          freshness 1 minute
        }
        freshness 5 minutes
        availability 99.9%
      }
    }

    """

    static let scoring = """
    context Scoring implements DriverScoring {
      owner Risk
      aggregate DriverScore {
        score: Int = 100
        command ScoreTrip { tripId: Trips.TripID } emits TripScored
      }
      event TripScored { tripId: Trips.TripID, score: Int, 運行: String }
      policy ScoreEveryTrip: when Trips.TripEnded then ScoreTrip
    }

    context Pricing {
      event PriceChanged
    }

    context Legacy {}

    context Claims implements Claims {
      event ClaimOpened { at: Date }
    }

    """

    static let map = """
    context map MotorInsurance {
      Trips [U, OHS, PL] -> [D, ACL] Scoring
      Scoring [U, S] -> [D, C] Pricing
      Claims [D, CF] <- [U] Trips
      Scoring [P] <-> [P] Claims
      Pricing [SK] <-> [SK] Claims
      Legacy [BBoM] separate ways Trips
      Legacy partnership Pricing
    }

    """
}
