import StormModel
import StormSource

/// Hand-built models for the diagram tests: a small insurer with every kind of relationship and sticky,
/// and one whose names and texts try to break out of their labels.
enum DiagramsFixtures {
    static let here = SourceRange(file: FileID(0), start: 0, end: 0)

    static func sources(_ paths: String...) -> SourceManager {
        SourceManager(files: paths.map { SourceFile(path: $0, text: "") })
    }

    static func command(_ name: String, in aggregate: String? = nil, by issuers: [Issuer] = [], emits: [SymbolReference]) -> Command {
        Command(name: name, doc: "", aggregate: aggregate, issuers: issuers, fields: [], emits: emits, deprecation: nil, range: here)
    }

    static func event(_ name: String, by commands: [String]) -> Event {
        Event(name: name, doc: "", version: 1, fields: [], emittedBy: commands, deprecation: nil, range: here)
    }

    static func aggregate(_ name: String, commands: [String]) -> Aggregate {
        Aggregate(name: name, doc: "", fields: [], invariants: [], commands: commands, deprecation: nil, range: here)
    }

    static func policy(_ name: String, when triggers: [SymbolReference], then commands: [SymbolReference]) -> Policy {
        Policy(name: name, doc: "", triggers: triggers, commands: commands, range: here)
    }

    static func readModel(_ name: String, from sources: [SymbolReference]) -> ReadModel {
        ReadModel(name: name, doc: "", sources: sources, fields: [], range: here)
    }

    static func ref(_ context: String, _ name: String) -> SymbolReference { SymbolReference(context: context, name: name) }

    /// Telematics trips feed scoring, scoring feeds billing; claims partner with scoring and share a
    /// kernel with trips; a legacy mainframe goes its own way and is a big ball of mud.
    static var insurer: Model {
        let domain = Domain(name: "Insurance", doc: "", description: nil, subdomains: [
            Subdomain(name: "Telematics", doc: "", kind: .supporting, description: nil, domain: "Insurance", range: here),
            Subdomain(name: "RiskScoring", doc: "", kind: .core, description: nil, domain: "Insurance", range: here),
            Subdomain(name: "Payments", doc: "", kind: .generic, description: nil, domain: "Insurance", range: here),
        ], range: here)
        let teams = ["Mobility", "Actuaries"].map { Team(name: $0, doc: "", contact: nil, range: here) }
        let trips = BoundedContext(
            name: "Trips", subdomain: SubdomainReference(domain: "Insurance", name: "Telematics"), domain: "Insurance", owner: "Mobility",
            actors: [Actor(name: "Driver", doc: "", range: here)],
            externalSystems: [ExternalSystem(name: "TelematicsBox", doc: "", range: here)],
            aggregates: [aggregate("Trip", commands: ["StartTrip", "EndTrip"])],
            commands: [command("StartTrip", in: "Trip", by: [.actor("Driver")], emits: [ref("Trips", "TripStarted")]),
                       command("EndTrip", in: "Trip", by: [.externalSystem("TelematicsBox")], emits: [ref("Trips", "TripEnded")])],
            events: [event("TripStarted", by: ["StartTrip"]), event("TripEnded", by: ["EndTrip"])],
            hotspots: [Hotspot(text: "What if the box loses its signal in a tunnel?", doc: "", aggregate: "Trip", range: here)],
            range: here)
        let scoring = BoundedContext(
            name: "Scoring", subdomain: SubdomainReference(domain: "Insurance", name: "RiskScoring"), domain: "Insurance", owner: "Actuaries",
            aggregates: [aggregate("DriverScore", commands: ["ScoreTrip"])],
            commands: [command("ScoreTrip", in: "DriverScore", by: [.policy(ref("Scoring", "ScoreEveryTrip"))], emits: [ref("Scoring", "TripScored")])],
            events: [event("TripScored", by: ["ScoreTrip"])],
            policies: [policy("ScoreEveryTrip", when: [ref("Trips", "TripEnded")], then: [ref("Scoring", "ScoreTrip")])],
            readModels: [readModel("Leaderboard", from: [ref("Scoring", "TripScored")])],
            range: here)
        let billing = BoundedContext(
            name: "Billing", subdomain: SubdomainReference(domain: "Insurance", name: "Payments"), domain: "Insurance",
            commands: [command("ChargePremium", by: [.policy(ref("Billing", "ChargeOnScore"))], emits: [ref("Billing", "PremiumCharged")])],
            events: [event("PremiumCharged", by: ["ChargePremium"])],
            policies: [policy("ChargeOnScore", when: [ref("Scoring", "TripScored")], then: [ref("Billing", "ChargePremium")])],
            hotspots: [Hotspot(text: "Monthly or per trip?", doc: "", aggregate: nil, range: here)],
            range: here)
        let claims = BoundedContext(
            name: "Claims", domain: "Insurance", owner: "Mobility",
            readModels: [readModel("TripHistory", from: [ref("Trips", "TripEnded"), ref("Billing", "PremiumCharged"), ref("Scoring", "TripScored")])],
            range: here)
        let legacy = BoundedContext(name: "Mainframe", domain: "Insurance", aggregates: [aggregate("Policy", commands: [])], range: here)
        let map = ContextMap(name: "Insurer", doc: "", relationships: [
            Relationship(kind: .upstreamDownstream, first: "Trips", second: "Scoring", upstreamPatterns: [.openHostService, .publishedLanguage],
                         downstreamPatterns: [.anticorruptionLayer], range: here),
            Relationship(kind: .upstreamDownstream, first: "Scoring", second: "Billing", upstreamPatterns: [.supplier],
                         downstreamPatterns: [.customer], range: here),
            Relationship(kind: .partnership, first: "Claims", second: "Scoring", range: here),
            Relationship(kind: .sharedKernel, first: "Trips", second: "Claims", range: here),
            Relationship(kind: .separateWays, first: "Mainframe", second: "Claims", range: here),
            Relationship(kind: .upstreamDownstream, first: "Mainframe", second: "Billing", downstreamPatterns: [.conformist],
                         bigBallOfMud: ["Mainframe"], range: here),
        ], range: here)
        return Model(name: "Insurer", sources: sources("Models/Insurer/insurer.storm"), domains: [domain], teams: teams,
                     contexts: [trips, scoring, billing, claims, legacy], contextMaps: [map])
    }
}

extension DiagramsFixtures {
    /// Text that tries every way out of a label: quotes, markup, entities, DOT and Mermaid syntax,
    /// escapes Graphviz would expand, a directive, a control character, line breaks, and other scripts.
    static let hostileLines = [
        #"say "hi" & 'bye' <script>"#,
        #"alert(1)</script> ]]> <!--"#,
        #"{ rank=same; x -> y } [a=b]"#,
        #"\N \G \L \\ \" %%{init}%%"#,
        "#quot; #35; &amp; &lt; |x|",
        "end; classDef x fill:red",
        "Fahrt 運行 Ωμέγα 🚗 \u{7}",
    ]

    /// A model whose names use other scripts (names are identifiers, so letters are their only way in)
    /// and whose hotspots hold ``hostileLines``.
    static var hostile: Model {
        let domain = Domain(name: "Domäne", doc: "", description: nil, subdomains: [
            Subdomain(name: "Kern_運行", doc: "", kind: .core, description: nil, domain: "Domäne", range: here),
        ], range: here)
        let first = BoundedContext(
            name: "Fahrtenbuch", subdomain: SubdomainReference(domain: "Domäne", name: "Kern_運行"), domain: "Domäne", owner: "Équipe",
            actors: [Actor(name: "Fahrer", doc: "", range: here)],
            aggregates: [aggregate("Fahrt", commands: ["Beende"])],
            commands: [command("Beende", in: "Fahrt", by: [.actor("Fahrer")], emits: [ref("Fahrtenbuch", "Beendet")])],
            events: [event("Beendet", by: ["Beende"])],
            hotspots: [Hotspot(text: hostileLines.joined(separator: "\n"), doc: "", aggregate: "Fahrt", range: here),
                       Hotspot(text: hostileLines.joined(separator: "\r\n"), doc: "", aggregate: nil, range: here)],
            range: here)
        let second = BoundedContext(
            name: "運行管理", domain: "Domäne", owner: "Équipe",
            readModels: [readModel("Übersicht", from: [ref("Fahrtenbuch", "Beendet")])],
            range: here)
        let third = BoundedContext(name: "end", domain: "Domäne", range: here)
        let map = ContextMap(name: "Karte", doc: "", relationships: [
            Relationship(kind: .upstreamDownstream, first: "Fahrtenbuch", second: "運行管理", upstreamPatterns: [.openHostService],
                         downstreamPatterns: [.anticorruptionLayer], range: here),
            Relationship(kind: .sharedKernel, first: "運行管理", second: "end", bigBallOfMud: ["end"], range: here),
        ], range: here)
        return Model(name: #"Evil "Model" <b>&amp;</b>"#, sources: sources("Models/Evil/a\"b.storm", "Models/Evil/new\nline %%{init}%%.storm"),
                     domains: [domain], teams: [Team(name: "Équipe", doc: "", contact: nil, range: here)],
                     contexts: [first, second, third], contextMaps: [map])
    }
}
