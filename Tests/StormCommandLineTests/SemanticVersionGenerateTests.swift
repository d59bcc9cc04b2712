import Foundation
import Testing

/// Semantic versions, kept previous majors and relationship details in what `stormc generate` writes.
struct SemanticVersionGenerateTests {
    static let model = [
        "m.storm": """
        context Trips {
          command EndTrip { tripId: String } emits TripEnded
          event TripEnded v2.1 { tripId: String, km: Double }
          was v1 { tripId: String }
        }
        context Scoring {
          policy Score: when Trips.TripEnded then Rate
          command Rate { tripId: String }
        }
        context map M {
          Trips [U, OHS] -> [D] Scoring { name "TripFeed" technology "Kafka" exposes Trips.TripEnded }
        }

        """,
    ]

    @Test func eachMajorGetsItsSchemasAndTheMinorIsShownWhereTheVersionIs() throws {
        let folder = try temporaryFolder(Self.model)
        let result = stormc("generate", "all", folder, "--out", folder + "/out")
        #expect(result.status == 0, "\(result.error)")
        let out = folder + "/out"
        func read(_ path: String) -> String { (try? String(contentsOfFile: out + "/" + path, encoding: .utf8)) ?? "" }
        let v1 = read("JSONSchema/Trips/events/TripEnded.v1.schema.json")
        #expect(v1.contains("\"$id\": \"https://schemas.storm.dev/") && v1.contains("/trips/events/TripEnded.v1.schema.json\""))
        #expect(v1.contains("\"description\": \"Deprecated: superseded by v2\""))
        #expect(!v1.contains("km"))
        let v2 = read("JSONSchema/Trips/events/TripEnded.v2.schema.json")
        #expect(v2.contains("\"x-storm-version\": \"2.1.0\""))
        #expect(read("Avro/Trips/TripEnded.v1.avsc").contains("\"name\": \"TripEnded\""))
        #expect(read("Avro/Trips/TripEnded.v2.avsc").contains("\"x-storm-version\": \"2.1.0\""))
        let trips = read("AsyncAPI/Trips.asyncapi.yaml")
        #expect(trips.contains("send.TripEnded.v1:"))
        #expect(trips.contains("title: Trips.TripEnded v2.1"))
        #expect(trips.contains("title: Trips.TripEnded v1"))
        let scoring = read("AsyncAPI/Scoring.asyncapi.yaml")
        #expect(scoring.contains("description: \"Through TripFeed (Kafka), the relationship Trips [U, OHS] -> [D] Scoring.\""), "\(scoring)")
        let swift = read("Swift/Trips.swift")
        #expect(swift.contains("public struct TripEndedV1: Codable, Hashable, Sendable, StormRuntime.DomainEvent {"))
        #expect(swift.contains("public protocol TripEndedV1Upcaster {\n        func upcast(_ event: TripEndedV1) -> TripEnded\n    }"))
    }
}
