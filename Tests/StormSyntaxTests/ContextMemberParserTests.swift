import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// `ContextMember`: every kind of member of a bounded context, and the aggregate's members.
struct ContextMemberParserTests {
    typealias Support = ParserTestSupport

    @Test func ownerVisionActorAndExternalSystem() {
        let members = Support.members("""
          owner Journeys
          vision "Every journey recorded once"
          actor Driver
          external system TelematicsDevice
        """)
        #expect(members.count == 4)
        guard members.count == 4,
              case .owner(let team, _) = members[0], case .vision(let vision, _) = members[1],
              case .actor(let actor, _) = members[2], case .externalSystem(let system, let info) = members[3] else {
            Issue.record("wrong members: \(members)"); return
        }
        #expect(team.text == "Journeys")
        #expect(vision.value == "Every journey recorded once")
        #expect(actor.text == "Driver")
        #expect(system.text == "TelematicsDevice")
        #expect(info.range.end - info.range.start == "external system TelematicsDevice".utf8.count)
    }

    @Test func anIdentifierIsBackedByUUIDUnlessATypeIsWritten() {
        let members = Support.members("id TripID\nid PolicyNumber: String")
        guard members.count == 2, case .identifier(let plain) = members[0], case .identifier(let typed) = members[1] else {
            Issue.record("wrong members: \(members)"); return
        }
        #expect(plain.name.text == "TripID")
        #expect(plain.rawType == nil)
        #expect(typed.name.text == "PolicyNumber")
        #expect(typed.rawType.map(Support.spelled) == "String")
    }

    @Test func valueObjectsAndEntitiesHaveFieldBlocks() {
        let members = Support.members("""
          value GeoPoint { latitude: Double, longitude: Double }
          entity Vehicle {
            vin: String
            plate: String?
          }
          value Empty {}
        """)
        guard members.count == 3, case .valueObject(let point) = members[0], case .entity(let vehicle) = members[1],
              case .valueObject(let empty) = members[2] else {
            Issue.record("wrong members: \(members)"); return
        }
        #expect(point.name.text == "GeoPoint")
        #expect(point.fields.map(\.name.text) == ["latitude", "longitude"])
        #expect(vehicle.fields.map { Support.spelled($0.type) } == ["String", "String?"])
        #expect(empty.fields.isEmpty)
    }

    @Test func aValueObjectNeedsAFieldBlock() {
        let (_, diagnostics) = Support.parse("context C {\n  value GeoPoint\n  actor A\n}")
        #expect(Support.summary(diagnostics) == ["expected-token: expected `{` to open the fields of value `GeoPoint`, found `actor`"])
    }

    @Test func enumCasesAreSeparatedByCommasOrNewlines() {
        let members = Support.members("""
          enum TransportMode { car, bus, train }
          enum Channel {
            /// By phone.
            phone
            web,
            app,
          }
        """)
        guard members.count == 2, case .enumeration(let mode) = members[0], case .enumeration(let channel) = members[1] else {
            Issue.record("wrong members: \(members)"); return
        }
        #expect(mode.cases.map(\.name.text) == ["car", "bus", "train"])
        #expect(channel.cases.map(\.name.text) == ["phone", "web", "app"])
        #expect(channel.cases.map(\.info.doc) == [["By phone."], [], []])
    }

    @Test func anEmptyEnumParses() {
        guard case .enumeration(let empty)? = Support.member("enum Nothing {}") else { Issue.record("not an enum"); return }
        #expect(empty.cases.isEmpty)
    }

    @Test func anEnumCaseMustBeAName() {
        let (_, diagnostics) = Support.parse("context C { enum E { a, 1, b } }")
        #expect(Support.summary(diagnostics) == ["expected-name: expected a case name in enum `E`, found `1`"])
    }

    @Test func parsingResumesAtTheNextCaseLineAfterAnError() {
        let (syntax, diagnostics) = Support.parse("context C {\n  enum E {\n    a\n    1 x\n    b\n  }\n}")
        #expect(diagnostics.map(\.id) == ["expected-name"])
        guard case .context(let context)? = syntax.declarations.first, case .enumeration(let enumeration)? = context.members.first else {
            Issue.record("the enum was lost"); return
        }
        #expect(enumeration.cases.map(\.name.text) == ["a", "b"])
    }

    @Test func anAggregateHoldsFieldsInvariantsCommandsEntitiesValuesAndHotspots() {
        let text = """
          aggregate Trip {
            tripId: TripID @identity
            startedAt: Timestamp
            invariant "A trip ends after it starts"
            command StartTrip by Driver { startedAt: Timestamp } emits TripStarted
            entity Leg { from: GeoPoint, to: GeoPoint }
            value Odometer { km: Decimal }
            hotspot "What if the phone dies?"
          }
        """
        guard case .aggregate(let trip)? = Support.member(text) else { Issue.record("not an aggregate"); return }
        #expect(trip.name.text == "Trip")
        let kinds = trip.members.map { member -> String in
            switch member {
            case .field(let field): "field \(field.name.text)"
            case .invariant(let text, _): "invariant \(text.value)"
            case .command(let command): "command \(command.name.text)"
            case .entity(let entity): "entity \(entity.name.text)"
            case .valueObject(let value): "value \(value.name.text)"
            case .hotspot(let text, _): "hotspot \(text.value)"
            case .lifecycle: "lifecycle"
            case .owner(let team, _): "owner \(team.text)"
            case .scenario: "scenario"
            }
        }
        #expect(kinds == ["field tripId", "field startedAt", "invariant A trip ends after it starts", "command StartTrip",
                          "entity Leg", "value Odometer", "hotspot What if the phone dies?"])
        guard case .field(let identity) = trip.members[0] else { return }
        #expect(identity.info.annotations.map(\.name.text) == ["identity"])
    }

    @Test func aggregateFieldsMayBeNamedLikeMemberKeywords() {
        guard case .aggregate(let aggregate)? = Support.member("""
          aggregate A {
            command: String
            entity: Int
            invariant: Bool
            value: Decimal
          }
        """) else { Issue.record("not an aggregate"); return }
        let names = aggregate.members.compactMap { member -> String? in
            if case .field(let field) = member { return field.name.text }
            return nil
        }
        #expect(names == ["command", "entity", "invariant", "value"])
    }

    @Test func anUnknownAggregateMemberSuggestsTheNearestKeyword() {
        let (syntax, diagnostics) = Support.parse("""
        context C {
          aggregate A {
            invarient "x"
            command Go
          }
        }
        """)
        #expect(diagnostics.first?.id == "expected-member")
        #expect(diagnostics.first?.fixIts.map(\.message) == ["did you mean `invariant`?"])
        #expect(diagnostics.count == 1)
        guard case .context(let context)? = syntax.declarations.first, case .aggregate(let aggregate)? = context.members.first else {
            Issue.record("the aggregate was lost"); return
        }
        // The misspelt member is read as the keyword suggested.
        #expect(aggregate.members.count == 2)
    }

    @Test func aCommandHasIssuersFieldsAndEmittedEvents() {
        guard case .command(let command)? = Support.member("""
          command EndTrip by Driver, TelematicsDevice, Scoring.Rescore { endedAt: Timestamp, route: [GeoPoint] } emits TripEnded, Trips.TripAbandoned
        """) else { Issue.record("not a command"); return }
        #expect(command.name.text == "EndTrip")
        #expect(command.issuers.map(\.text) == ["Driver", "TelematicsDevice", "Scoring.Rescore"])
        #expect(command.fields?.map(\.name.text) == ["endedAt", "route"])
        #expect(command.emits.map(\.text) == ["TripEnded", "Trips.TripAbandoned"])
    }

    @Test(arguments: [
        ("command Go", [String](), nil as [String]?, [String]()),
        ("command Go by Driver", ["Driver"], nil, []),
        ("command Go emits Gone", [], nil, ["Gone"]),
        ("command Go {}", [], [], []),
        ("command Go { at: Timestamp }", [], ["at"], []),
        ("command Go by Driver emits Gone", ["Driver"], nil, ["Gone"]),
        ("command Go { at: Timestamp } emits Gone", [], ["at"], ["Gone"]),
    ])
    func everyPartOfACommandIsOptional(text: String, issuers: [String], fields: [String]?, emits: [String]) {
        guard case .command(let command)? = Support.member(text) else { Issue.record("not a command"); return }
        #expect(command.issuers.map(\.text) == issuers)
        #expect(command.fields?.map(\.name.text) == fields)
        #expect(command.emits.map(\.text) == emits)
    }

    @Test func aCommandMayContinueOnTheNextLines() {
        guard case .command(let command)? = Support.member("""
          command StartTrip
            by Driver
            { startedAt: Timestamp }
            emits TripStarted
        """) else { Issue.record("not a command"); return }
        #expect(command.issuers.map(\.text) == ["Driver"])
        #expect(command.emits.map(\.text) == ["TripStarted"])
    }

    @Test func anEventHasAnOptionalVersionAndFields() {
        let members = Support.members("""
          event TripStarted { tripId: TripID }
          event TripEnded v2 { endedAt: Timestamp }
          event TripAbandoned
          event TripPaused v12
        """)
        let events = members.compactMap { member -> EventSyntax? in
            if case .event(let event) = member { return event }
            return nil
        }
        #expect(events.map(\.name.text) == ["TripStarted", "TripEnded", "TripAbandoned", "TripPaused"])
        #expect(events.map(\.version?.value) == [nil, 2, nil, 12])
        #expect(events.map { $0.fields?.count } == [1, 1, nil, nil])
    }

    @Test func theVersionIsOneWordOnTheEventsLine() {
        // `v2` on the next line is not a version, and `version` is not one either.
        let (_, diagnostics) = Support.parse("context C {\n  event E\n  v2\n  event F version\n}")
        #expect(diagnostics.map(\.id) == ["expected-member", "expected-member"])
    }

    @Test func aVersionTooLargeIsAnInvalidNumber() {
        let (_, diagnostics) = Support.parse("context C { event E v99999999999999999999999 }")
        #expect(Support.summary(diagnostics) == ["invalid-number: number `v99999999999999999999999` is out of range"])
    }

    @Test func aPolicyReactsToEventsWithCommands() {
        guard case .policy(let policy)? = Support.member("""
          policy ScoreEveryTrip: when Trips.TripEnded, Trips.TripAbandoned then ScoreTrip, Notify
        """) else { Issue.record("not a policy"); return }
        #expect(policy.name.text == "ScoreEveryTrip")
        #expect(policy.triggers.map(\.text) == ["Trips.TripEnded", "Trips.TripAbandoned"])
        #expect(policy.commands.map(\.text) == ["ScoreTrip", "Notify"])
    }

    @Test func aPolicyNeedsColonWhenAndThen() {
        let cases = [
            ("policy P when E then C", "expected-token: expected `:` after policy `P`: write `policy P: when Event then Command`, found `when`"),
            ("policy P: E then C", "expected-token: expected `when` after `policy P:`, found `E`"),
            ("policy P: when E C", "expected-token: expected `then` after the events of policy `P`, found `C`"),
            ("policy P: when 42 then C", "expected-name: expected an event name after `when`, found `42`"),
        ]
        for (text, expected) in cases {
            let (_, diagnostics) = Support.parse("context X {\n  \(text)\n}")
            #expect(Support.summary(diagnostics) == [expected], "\(text)")
        }
    }

    @Test func aReadModelIsFedByEventsAndMayHaveFields() {
        let members = Support.members("""
          read model TripHistory from TripStarted, Trips.TripEnded { trips: [TripID] }
          read model Counts from TripStarted
        """)
        guard members.count == 2, case .readModel(let history) = members[0], case .readModel(let counts) = members[1] else {
            Issue.record("wrong members: \(members)"); return
        }
        #expect(history.name.text == "TripHistory")
        #expect(history.sources.map(\.text) == ["TripStarted", "Trips.TripEnded"])
        #expect(history.fields?.map(\.name.text) == ["trips"])
        #expect(counts.sources.map(\.text) == ["TripStarted"])
        #expect(counts.fields == nil)
    }

    @Test func aReadModelNeedsModelAndFrom() {
        let (_, first) = Support.parse("context X { read TripHistory from E }")
        #expect(Support.summary(first) == ["expected-token: expected `model` after `read`, found `TripHistory`"])
        let (_, second) = Support.parse("context X { read model H { x: Int } }")
        #expect(Support.summary(second) == ["expected-token: expected `from` after read model `H`: write `read model H from Event`, found `{`"])
    }

    @Test func aHotspotIsAQuestion() {
        guard case .hotspot(let question, let info)? = Support.member("hotspot \"What happens when the phone dies mid-trip?\"") else {
            Issue.record("not a hotspot"); return
        }
        #expect(question.value == "What happens when the phone dies mid-trip?")
        #expect(info.range.end - info.range.start == "hotspot \"What happens when the phone dies mid-trip?\"".utf8.count)
    }

    @Test func membersCarryAnnotationsWrittenBeforeThem() {
        let members = Support.members("""
          @deprecated("use TripEnded v2")
          event TripEnded { at: Timestamp }
          @deprecated command Stop
        """)
        #expect(members.map { $0.info.annotations.map(\.name.text) } == [["deprecated"], ["deprecated"]])
        #expect(members.first?.info.annotations.first?.argument?.value == "use TripEnded v2")
    }

    @Test func anUnknownContextMemberSuggestsTheNearestKeyword() {
        let (syntax, diagnostics) = Support.parse("""
        context Trips {
          agregate Trip { id: TripID }
          event TripStarted
        }
        """)
        #expect(Support.summary(diagnostics) == [
            "expected-member: expected a context member (`aggregate`, `command`, `event`, `policy`, …) in context `Trips`, found `agregate`",
        ])
        #expect(diagnostics.first?.fixIts.map(\.message) == ["did you mean `aggregate`?"])
        // The misspelt member is read as the keyword suggested, so `Trip` is declared and not reported again.
        guard case .context(let context)? = syntax.declarations.first else { Issue.record("the context was lost"); return }
        #expect(context.members.count == 2)
        guard case .aggregate(let aggregate)? = context.members.first else { Issue.record("the aggregate was lost"); return }
        #expect(aggregate.name.text == "Trip")
    }

    @Test func aMemberThatIsNotAWordIsReported() {
        let (_, diagnostics) = Support.parse("context Trips {\n  \"loose string\"\n  actor A\n}")
        #expect(Support.summary(diagnostics) == [
            "expected-member: expected a context member (`aggregate`, `command`, `event`, `policy`, …) in context `Trips`, found a string",
        ])
    }

    @Test func aCharacterTheLexerReportedIsNotReportedAgain() {
        let (syntax, diagnostics) = Support.parse("context Trips {\n  actor 🚗\n  actor Driver # at the wheel\n  value V € { x: Int }\n  actor Owner\n}")
        #expect(Support.summary(diagnostics) == [
            "unexpected-character: unexpected character `🚗`",
            "unexpected-character: unexpected character `#`",
            "unexpected-character: unexpected character `€`",
        ])
        // `value V €` is read up to its `{` on the same line, so `V` is declared.
        guard case .context(let context)? = syntax.declarations.first else { Issue.record("the context was lost"); return }
        #expect(context.members.count == 3)
    }

    @Test func everyMemberKeywordStartsARecoveryPoint() {
        // After a broken member, parsing resumes at the next line that starts a member.
        let text = """
        context C {
          owner "T"
          actor A
          vision 42
          external system S
          value V { x }
          entity E { y: Int }
          policy P when E then C
          command Co
        }
        """
        let (syntax, diagnostics) = Support.parse(text)
        #expect(diagnostics.map { Support.position($0, in: text) } == ["2:9", "4:10", "6:15", "8:12"])
        guard case .context(let context)? = syntax.declarations.first else { Issue.record("the context was lost"); return }
        // The value object is kept without its broken field, and the owner written in quotes is read as a name.
        #expect(context.members.map(\.info.range.start).count == 6)
    }
}
