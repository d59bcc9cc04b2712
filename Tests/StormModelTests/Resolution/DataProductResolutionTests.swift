import StormModel
import Testing

/// Data products: the owner they inherit, their ports, and the objectives ports inherit.
struct DataProductResolutionTests {
    typealias Support = ModelTestSupport

    func reference(_ context: String, _ name: String) -> SymbolReference { SymbolReference(context: context, name: name) }

    func product(_ body: String, context extra: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> DataProduct? {
        Support.model("""
        team Journeys
        team Risk
        context Scoring { event TripScored }
        context Trips {
          event TripStarted
          event TripEnded
        \(extra)
          data product TripFeed {
        \(body)
          }
        }
        """, sourceLocation: sourceLocation).context(named: "Trips")?.dataProducts.first
    }

    @Test func aProductInheritsTheOwnerOfItsContext() {
        #expect(product("", context: "  owner Journeys")?.owner == "Journeys")
    }

    @Test func theContextsOwnerIsInheritedWhereverItIsWritten() {
        let model = Support.model("""
        team Journeys
        context Trips {
          data product TripFeed {}
          owner Journeys
        }
        """)
        #expect(model.context(named: "Trips")?.dataProducts.first?.owner == "Journeys")
    }

    @Test func aProductsOwnOwnerWins() {
        #expect(product("    owner Risk", context: "  owner Journeys")?.owner == "Risk")
    }

    @Test func aProductWithoutOwnersHasNone() {
        #expect(product("")?.owner == nil)
    }

    @Test func portsResolveTheirEvents() {
        let feed = product("""
            input port scores consumes Scoring.TripScored, TripScored
            output port trips publishes TripStarted, Trips.TripEnded
        """)
        #expect(feed?.inputPorts.map(\.name) == ["scores"])
        #expect(feed?.inputPorts.first?.events == [reference("Scoring", "TripScored"), reference("Scoring", "TripScored")])
        #expect(feed?.outputPorts.first?.events == [reference("Trips", "TripStarted"), reference("Trips", "TripEnded")])
    }

    @Test func outputPortsInheritTheProductsObjectivesWrittenAnywhere() {
        let feed = product("""
            output port trips publishes TripStarted
            output port ends publishes TripEnded { freshness 30 seconds }
            output port both publishes TripEnded { availability 99% }
            freshness 5 minutes
            availability 99.9%
        """)
        #expect(feed?.freshness == TimeSpan(milliseconds: 300_000))
        #expect(feed?.availability == Availability(percent: "99.9"))
        #expect(feed?.outputPorts.map(\.freshness) == [TimeSpan(milliseconds: 300_000), TimeSpan(milliseconds: 30_000), TimeSpan(milliseconds: 300_000)])
        #expect(feed?.outputPorts.map(\.availability?.percent) == ["99.9", "99.9", "99"])
        #expect(feed?.outputPorts.last?.availability?.value == 99)
    }

    @Test func inputPortsHaveNoObjectives() {
        let feed = product("""
            input port scores consumes Scoring.TripScored
            freshness 1 hour
        """)
        #expect(feed?.inputPorts.first?.freshness == nil)
        #expect(feed?.inputPorts.first?.availability == nil)
    }

    @Test func aProductWithoutObjectivesLeavesPortsWithout() {
        let feed = product("    output port trips publishes TripStarted")
        #expect(feed?.freshness == nil)
        #expect(feed?.outputPorts.first?.freshness == nil)
        #expect(feed?.outputPorts.first?.availability == nil)
    }

    @Test func portNamesAreUniqueInAProduct() {
        let loaded = Support.load("""
        context Trips {
          event E
          data product P {
            input port p consumes E
            output port p publishes E
          }
        }
        """)
        #expect(loaded.diagnostics.all.map(\.message) == ["port `p` is declared more than once in data product `P`"])
        #expect(loaded.model.context(named: "Trips")?.dataProducts.first?.outputPorts.isEmpty == true)
    }

    @Test(arguments: [
        ("freshness 0 seconds", "freshness must be a positive length of time"),
        ("freshness 9999999999999999 days", "freshness must be a positive length of time"),
        ("availability 0%", "availability must be a percentage above 0 and at most 100, found 0%"),
        ("availability 100.5%", "availability must be a percentage above 0 and at most 100, found 100.5%"),
        ("availability -5%", "availability must be a percentage above 0 and at most 100, found -5%"),
    ])
    func objectivesOutOfRange(objective: String, message: String) {
        let loaded = Support.load("context C { data product P { \(objective) } }")
        #expect(loaded.diagnostics.all.map(\.message) == [message])
        #expect(loaded.diagnostics.all.map(\.id) == ["invalid-objective"])
    }

    @Test func aHundredPercentIsAvailable() {
        #expect(product("    availability 100%")?.availability?.percent == "100")
    }
}
