import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// `DataProduct`, `ProductMember` and `Objective`.
struct DataProductParserTests {
    typealias Support = ParserTestSupport

    func product(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> DataProductSyntax? {
        guard case .dataProduct(let product)? = Support.member(text, sourceLocation: sourceLocation) else {
            Issue.record("not a data product", sourceLocation: sourceLocation)
            return nil
        }
        return product
    }

    func describe(_ objective: ObjectiveSyntax) -> String {
        switch objective.kind {
        case .freshness(let amount, let unit): "freshness \(amount) \(unit.rawValue)"
        case .availability(let percent): "availability \(percent)%"
        }
    }

    @Test func aProductHasAnOwnerPortsAndObjectives() {
        guard let product = product("""
          data product TripFeed {
            owner Journeys
            input port scores consumes Scoring.TripScored, Scoring.ScoreRevised
            output port trips publishes TripStarted, TripEnded {
              freshness 1 minute
              availability 99.95%
            }
            freshness 5 minutes
            availability 99.9%
          }
        """) else { return }
        #expect(product.name.text == "TripFeed")
        let members = product.members.map { member -> String in
            switch member {
            case .owner(let team, _): "owner \(team.text)"
            case .inputPort(let port): "input \(port.name.text) \(port.events.map(\.text))"
            case .outputPort(let port): "output \(port.name.text) \(port.events.map(\.text)) \(port.objectives.map(describe))"
            case .objective(let objective): describe(objective)
            }
        }
        #expect(members == [
            "owner Journeys",
            "input scores [\"Scoring.TripScored\", \"Scoring.ScoreRevised\"]",
            "output trips [\"TripStarted\", \"TripEnded\"] [\"freshness 1 minutes\", \"availability 99.95%\"]",
            "freshness 5 minutes",
            "availability 99.9%",
        ])
    }

    @Test func anOutputPortWithoutObjectivesHasNoBlock() {
        guard let product = product("data product P { output port out publishes E }"),
              case .outputPort(let port)? = product.members.first else { Issue.record("no port"); return }
        #expect(port.objectives.isEmpty)
    }

    @Test(arguments: [
        ("1 millisecond", "freshness 1 milliseconds"), ("250 milliseconds", "freshness 250 milliseconds"),
        ("1 second", "freshness 1 seconds"), ("30 seconds", "freshness 30 seconds"),
        ("1 minute", "freshness 1 minutes"), ("5 minutes", "freshness 5 minutes"),
        ("1 hour", "freshness 1 hours"), ("6 hours", "freshness 6 hours"),
        ("1 day", "freshness 1 days"), ("2 days", "freshness 2 days"),
    ])
    func freshnessTakesEveryTimeUnitSingularOrPlural(written: String, expected: String) {
        guard let product = product("data product P { freshness \(written) }"), case .objective(let objective)? = product.members.first else {
            Issue.record("no objective"); return
        }
        #expect(describe(objective) == expected)
    }

    @Test func availabilityIsANumberAndAPercentSign() {
        guard let product = product("data product P {\n  availability 99%\n  availability 99.999 %\n}") else { return }
        let percents = product.members.compactMap { member -> String? in
            if case .objective(let objective) = member, case .availability(let percent) = objective.kind { return percent }
            return nil
        }
        #expect(percents == ["99", "99.999"])
    }

    @Test func anUnknownTimeUnitSuggestsTheNearestOne() {
        let (_, diagnostics) = Support.parse("context C { data product P { freshness 5 minuts } }")
        #expect(Support.summary(diagnostics) == [
            "unknown-time-unit: expected a time unit (milliseconds, seconds, minutes, hours or days), found `minuts`",
        ])
        #expect(diagnostics.first?.fixIts.map(\.message) == ["did you mean `minutes`?"])
    }

    @Test func objectivesNeedTheirNumbers() {
        let cases = [
            ("freshness soon", "expected-token: expected an amount after `freshness` (as in `freshness 5 minutes`), found `soon`"),
            ("freshness 5", "unknown-time-unit: expected a time unit (milliseconds, seconds, minutes, hours or days), found `}`"),
            ("freshness 1.5 hours", "invalid-number: expected a whole number, found `1.5`"),
            ("availability high", "expected-token: expected a percentage after `availability` (as in `availability 99.9%`), found `high`"),
            ("availability 99.9", "expected-token: expected `%` after the availability percentage, found `}`"),
        ]
        for (text, expected) in cases {
            let (_, diagnostics) = Support.parse("context C { data product P { \(text) } }")
            #expect(Support.summary(diagnostics) == [expected], "\(text)")
        }
    }

    @Test func portsNeedTheirKeywordsAndEvents() {
        let cases = [
            ("input scores consumes E", "expected-token: expected `port` after `input`, found `scores`"),
            ("output port consumes E", "expected-token: expected `publishes` after port `consumes`, found `E`"),
            ("input port in publishes E", "expected-token: expected `consumes` after port `in`, found `publishes`"),
            ("output port out publishes", "expected-name: expected an event name after `publishes`, found `}`"),
        ]
        for (text, expected) in cases {
            let (_, diagnostics) = Support.parse("context C { data product P { \(text) } }")
            #expect(Support.summary(diagnostics) == [expected], "\(text)")
        }
    }

    @Test func aPortBlockTakesOnlyObjectives() {
        let (_, diagnostics) = Support.parse("context C { data product P { output port o publishes E { owner T } } }")
        #expect(Support.summary(diagnostics) == ["expected-member: expected `freshness` or `availability` in port `o`, found `owner`"])
    }

    @Test func anUnknownProductMemberSuggestsTheNearestKeyword() {
        let (_, diagnostics) = Support.parse("context C { data product P { ouput port o publishes E } }")
        #expect(Support.summary(diagnostics) == [
            "expected-member: expected `owner`, `input port`, `output port`, `freshness` or `availability` in data product `P`, found `ouput`",
        ])
        #expect(diagnostics.first?.fixIts.map(\.message) == ["did you mean `output`?"])
    }

    @Test func dataNeedsProduct() {
        let (_, diagnostics) = Support.parse("context C { data TripFeed { } }")
        #expect(Support.summary(diagnostics) == ["expected-token: expected `product` after `data`, found `TripFeed`"])
    }
}
