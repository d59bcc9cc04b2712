import StormKit
import StormModel
import StormSupport
import Testing

/// A model is every file given, in any order: names resolve across files whatever the order.
struct CrossFileResolutionTests {
    typealias Support = ModelTestSupport

    static let files: [(path: String, text: String)] = [
        ("map.storm", """
        context map Insurance {
          Trips [U, OHS, PL] -> [D, ACL] Scoring
          Scoring [U, S] -> [D, C] Pricing
        }
        """),
        ("scoring.storm", """
        context Scoring implements MotorInsurance.DriverScoring {
          owner Risk
          aggregate DriverScore {
            command ScoreTrip { trip: Trips.TripID, route: [GeoPoint] } emits TripScored
          }
          event TripScored { trip: TripID, score: Int }
          policy ScoreEveryTrip: when TripEnded then ScoreTrip
        }
        """),
        ("trips.storm", """
        context Trips implements TripRecording {
          owner Journeys
          id TripID
          value GeoPoint { latitude: Double, longitude: Double }
          event TripEnded { trip: TripID, route: [GeoPoint] }
          read model Scores from Scoring.TripScored, TripScored
        }
        """),
        ("domain.storm", """
        domain MotorInsurance {
          subdomain TripRecording: core
          subdomain DriverScoring: core
          subdomain Pricing: supporting
        }
        team Journeys
        team Risk
        """),
        ("pricing.storm", """
        context Pricing implements Pricing {
          policy Reprice: when TripScored then Quote
          command Quote { score: Int }
        }
        """),
    ]

    /// Each context as JSON, by name: what resolution made of it, whatever the file order.
    func contexts(_ files: [(path: String, text: String)]) -> [String: JSON] {
        let model = Support.model(files)
        return Dictionary(uniqueKeysWithValues: model.contexts.map { ($0.name, ModelExport.context($0, paths: model.sourcePaths)) })
    }

    /// Every permutation of `items`.
    func permutations<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[T]] in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }

    @Test func everyFileOrderResolvesTheSameModel() {
        let reference = contexts(Self.files)
        #expect(reference.keys.sorted() == ["Pricing", "Scoring", "Trips"])
        let orders = permutations(Array(Self.files.indices))
        #expect(orders.count == 120)
        for order in orders {
            let files = order.map { Self.files[$0] }
            #expect(contexts(files) == reference, "order \(order.map { Self.files[$0].path })")
        }
    }

    @Test func namesResolveToDeclarationsInOtherFiles() {
        let model = Support.model(Self.files)
        let scoring = model.context(named: "Scoring")
        #expect(scoring?.subdomain == SubdomainReference(domain: "MotorInsurance", name: "DriverScoring"))
        #expect(scoring?.owner == "Risk")
        #expect(scoring?.command(named: "ScoreTrip")?.fields.map(\.type.description) == ["Trips.TripID", "[Trips.GeoPoint]"])
        #expect(scoring?.event(named: "TripScored")?.fields.first?.type == .identifier(SymbolReference(context: "Trips", name: "TripID")))
        #expect(scoring?.policies.first?.triggers == [SymbolReference(context: "Trips", name: "TripEnded")])
        #expect(model.context(named: "Trips")?.readModels.first?.sources == [
            SymbolReference(context: "Scoring", name: "TripScored"), SymbolReference(context: "Scoring", name: "TripScored"),
        ])
        #expect(model.relationships.map(\.upstream) == ["Trips", "Scoring"])
    }

    @Test func declarationsKeepTheOrderOfTheFilesGiven() {
        let model = Support.model(Self.files)
        #expect(model.contexts.map(\.name) == ["Scoring", "Trips", "Pricing"])
        #expect(model.sourcePaths == ["map.storm", "scoring.storm", "trips.storm", "domain.storm", "pricing.storm"])
        let reversed = Support.model(Self.files.reversed())
        #expect(reversed.contexts.map(\.name) == ["Pricing", "Trips", "Scoring"])
    }

    @Test func aDuplicateAcrossFilesPointsAtBothFiles() {
        let loaded = Support.load([("a.storm", "context Trips {}"), ("b.storm", "\ncontext Trips {}")])
        let diagnostic = loaded.diagnostics.all.first
        #expect(diagnostic?.id == "duplicate-declaration")
        #expect(diagnostic?.range.map { loaded.sources.location(of: $0).path } == "b.storm")
        #expect(diagnostic?.notes.first?.range.map { loaded.sources.location(of: $0).path } == "a.storm")
    }

    @Test func theModelIsNamedAsGiven() {
        #expect(Support.load("context A {}").model.name == "Test")
    }
}
