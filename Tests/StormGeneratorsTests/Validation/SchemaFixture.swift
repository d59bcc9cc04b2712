import StormModel
import StormSource

/// A hand-built model that uses every type, annotation and flow the schema generators handle:
/// two domains, a context that publishes, one that consumes across the boundary, a data product.
enum SchemaFixture {
    static let range = SourceRange(file: FileID(0), start: 0, end: 0)

    static func field(_ name: String, _ type: TypeReference, doc: String = "", default value: Value? = nil,
                      pii: Bool = false, deprecated: Deprecation? = nil) -> Field {
        Field(name: name, doc: doc, type: type, defaultValue: value, isPII: pii, deprecation: deprecated, range: range)
    }

    static let model = Model(
        name: "Fixture",
        sources: SourceManager(files: [SourceFile(path: "Models/Fixture/trips.storm", text: ""),
                                       SourceFile(path: "Models/Fixture/scoring.storm", text: "")]),
        domains: [Domain(name: "MotorInsurance", doc: "", description: nil, subdomains: [
            Subdomain(name: "Telematics", doc: "", kind: .core, description: nil, domain: "MotorInsurance", range: range),
        ], range: range)],
        teams: [Team(name: "TripTeam", doc: "Owns trips.", contact: "trips@example.com", range: range),
                Team(name: "RiskTeam", doc: "", contact: "https://chat.example.com/risk", range: range)],
        contexts: [trips, scoring])

    static let trips = BoundedContext(
        name: "Trips", doc: "Trips driven by insured cars.", subdomain: SubdomainReference(domain: "MotorInsurance", name: "Telematics"),
        domain: "MotorInsurance", owner: "TripTeam", vision: "Every trip, scored within minutes.",
        identifiers: [IdentifierType(name: "TripID", doc: "Identifies a trip.", rawType: .uuid, range: range),
                      IdentifierType(name: "Plate", doc: "", rawType: .string, range: range),
                      IdentifierType(name: "Seq", doc: "", rawType: .int, range: range)],
        valueObjects: [ValueObject(name: "GeoPoint", doc: "A point on earth.", fields: [
            field("latitude", .primitive(.double)), field("longitude", .primitive(.double)),
            field("next", .optional(.valueObject(SymbolReference(context: "Trips", name: "GeoPoint"))), doc: "Recursive on purpose."),
        ], aggregate: nil, deprecation: nil, range: range)],
        entities: [Entity(name: "Driver", doc: "", fields: [
            field("name", .primitive(.string), pii: true), field("größe", .optional(.primitive(.int))),
        ], aggregate: "Trip", deprecation: nil, range: range)],
        enumerations: [Enumeration(name: "Mode", doc: "How the trip was recorded.", cases: [
            .init(name: "phone", doc: "", range: range), .init(name: "dongle", doc: "", range: range),
        ], deprecation: Deprecation(message: "Use source instead."), range: range)],
        commands: [Command(name: "EndTrip", doc: "Ends a trip.", aggregate: "Trip", issuers: [.actor("Driver")], fields: [
            field("tripId", .identifier(SymbolReference(context: "Trips", name: "TripID"))),
            field("at", .primitive(.timestamp)),
        ], emits: [SymbolReference(context: "Trips", name: "TripEnded")], deprecation: nil, range: range)],
        events: [tripEnded,
                 Event(name: "TripStarted", doc: "", version: 1, fields: [], emittedBy: [], deprecation: Deprecation(message: nil), range: range)],
        dataProducts: [DataProduct(name: "TripFeed", doc: "Trips for analytics.", owner: "TripTeam", inputPorts: [], outputPorts: [
            Port(name: "trips", doc: "Every ended trip.", events: [SymbolReference(context: "Trips", name: "TripEnded")],
                 freshness: TimeSpan(milliseconds: 300_000), availability: Availability(percent: "99.9"), range: range),
        ], freshness: nil, availability: nil, range: range)],
        range: range)

    static let tripEnded = Event(name: "TripEnded", doc: "A trip ended.", version: 2, fields: [
        field("tripId", .identifier(SymbolReference(context: "Trips", name: "TripID")), doc: "The trip."),
        field("plate", .identifier(SymbolReference(context: "Trips", name: "Plate")), pii: true),
        field("seq", .identifier(SymbolReference(context: "Trips", name: "Seq"))),
        field("endedAt", .primitive(.timestamp)), field("day", .primitive(.date)),
        field("distance", .primitive(.double)), field("premium", .primitive(.decimal), default: .number("12.50")),
        field("idle", .primitive(.duration), default: .duration(TimeSpan(milliseconds: 90_000))),
        field("stops", .primitive(.int), default: .integer(0)), field("business", .primitive(.bool), default: .bool(false)),
        field("mode", .enumeration(SymbolReference(context: "Trips", name: "Mode")), default: .enumCase("phone")),
        field("route", .list(.valueObject(SymbolReference(context: "Trips", name: "GeoPoint")))),
        field("driver", .optional(.entity(SymbolReference(context: "Trips", name: "Driver")))),
        field("tags", .map(.primitive(.string)), default: .emptyMap),
        field("note", .optional(.primitive(.string)), deprecated: Deprecation(message: "Unused.")),
        field("score", .optional(.primitive(.decimal))),
        field("laps", .list(.primitive(.int)), default: .list([.integer(1), .integer(2)])),
    ], emittedBy: ["EndTrip"], deprecation: nil, range: range)

    static let scoring = BoundedContext(
        name: "Scoring", domain: "MotorInsurance", owner: "RiskTeam",
        enumerations: [Enumeration(name: "Band", doc: "", cases: [.init(name: "low", doc: "", range: range), .init(name: "high", doc: "", range: range)],
                                   deprecation: nil, range: range)],
        commands: [Command(name: "ScoreTrip", doc: "", aggregate: nil, issuers: [.policy(SymbolReference(context: "Scoring", name: "ScoreEveryTrip"))],
                           fields: [field("tripId", .identifier(SymbolReference(context: "Trips", name: "TripID")))],
                           emits: [SymbolReference(context: "Scoring", name: "TripScored")], deprecation: nil, range: range)],
        events: [Event(name: "TripScored", doc: "", version: 1, fields: [
            field("tripId", .identifier(SymbolReference(context: "Trips", name: "TripID"))),
            field("band", .enumeration(SymbolReference(context: "Scoring", name: "Band"))),
            field("at", .optional(.valueObject(SymbolReference(context: "Trips", name: "GeoPoint")))),
        ], emittedBy: ["ScoreTrip"], deprecation: nil, range: range)],
        policies: [Policy(name: "ScoreEveryTrip", doc: "Scores each trip once it ends.", triggers: [SymbolReference(context: "Trips", name: "TripEnded")],
                          commands: [SymbolReference(context: "Scoring", name: "ScoreTrip")], range: range)],
        readModels: [ReadModel(name: "TripLog", doc: "", sources: [SymbolReference(context: "Trips", name: "TripEnded"),
                                                                    SymbolReference(context: "Scoring", name: "TripScored")], fields: [], range: range)],
        dataProducts: [DataProduct(name: "Scores", doc: "", owner: "RiskTeam", inputPorts: [
            Port(name: "trips", doc: "", events: [SymbolReference(context: "Trips", name: "TripEnded")], freshness: nil, availability: nil, range: range),
        ], outputPorts: [
            Port(name: "scores", doc: "", events: [SymbolReference(context: "Scoring", name: "TripScored")], freshness: nil,
                 availability: Availability(percent: "99.5"), range: range),
        ], freshness: TimeSpan(milliseconds: 86_400_000), availability: nil, range: range)],
        range: range)
}
