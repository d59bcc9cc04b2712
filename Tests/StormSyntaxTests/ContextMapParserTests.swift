import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// `ContextMap`, `Relationship` and `Roles`: every notation of Context Mapper and the words.
struct ContextMapParserTests {
    typealias Support = ParserTestSupport

    func relationships(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [RelationshipSyntax] {
        let syntax = Support.parseClean("context map M {\n\(body)\n}", sourceLocation: sourceLocation)
        guard case .contextMap(let map)? = syntax.declarations.first else {
            Issue.record("not a context map", sourceLocation: sourceLocation)
            return []
        }
        #expect(map.name.text == "M", sourceLocation: sourceLocation)
        return map.relationships
    }

    /// A relationship as `left [roles] connector [roles] right`.
    func spelled(_ r: RelationshipSyntax) -> String {
        func roles(_ names: [Name]) -> String { names.isEmpty ? "" : "[" + names.map(\.text).joined(separator: ",") + "] " }
        return "\(r.left.text) \(roles(r.leftRoles))\(r.connector.rawValue) \(roles(r.rightRoles))\(r.right.text)"
    }

    @Test(arguments: [
        ("Trips [U, OHS, PL] -> [D, ACL] Scoring", "Trips [U,OHS,PL] -> [D,ACL] Scoring"),
        ("Trips [U,S]->[D,C] Pricing", "Trips [U,S] -> [D,C] Pricing"),
        ("Claims [D, CF] <- [U] Policies", "Claims [D,CF] <- [U] Policies"),
        ("Scoring [P] <-> [P] Pricing", "Scoring [P] <-> [P] Pricing"),
        ("Pricing [SK] <-> [SK] Claims", "Pricing [SK] <-> [SK] Claims"),
        ("Legacy [BBoM] -> Claims", "Legacy [BBoM] -> Claims"),
        ("A -> B", "A -> B"),
        ("A <- B", "A <- B"),
        ("A <-> B", "A <-> B"),
        ("A -> [D] B", "A -> [D] B"),
        ("Scoring partnership Pricing", "Scoring partnership Pricing"),
        ("Pricing shared kernel Claims", "Pricing shared kernel Claims"),
        ("Legacy separate ways Trips", "Legacy separate ways Trips"),
    ])
    func everyNotationParses(written: String, expected: String) {
        let parsed = relationships(written)
        #expect(parsed.map(spelled) == [expected])
    }

    @Test func connectorsAreNamedByKind() {
        let parsed = relationships("""
          A -> B
          A <- B
          A <-> B
          A partnership B
          A shared kernel B
          A separate ways B
        """)
        #expect(parsed.map(\.connector) == [.rightArrow, .leftArrow, .bidirectional, .partnership, .sharedKernel, .separateWays])
    }

    @Test func rolesAreKeptAsWrittenForTheChecker() {
        let parsed = relationships("A [U, Upstream, ohs] -> [XYZ] B")
        #expect(parsed.first?.leftRoles.map(\.text) == ["U", "Upstream", "ohs"])
        #expect(parsed.first?.rightRoles.map(\.text) == ["XYZ"])
    }

    @Test func everyRoleOfContextMapperParses() {
        let parsed = relationships("A [U, D, OHS, PL, ACL, CF, S, C, P, SK, BBoM] -> B")
        #expect(parsed.first?.leftRoles.map(\.text) == ["U", "D", "OHS", "PL", "ACL", "CF", "S", "C", "P", "SK", "BBoM"])
    }

    @Test func emptyRolesAreAllowed() {
        #expect(relationships("A [] -> [] B").first.map(spelled) == "A -> B")
    }

    @Test func rangesPointAtTheSidesAndTheConnector() {
        let text = "context map M {\n  /// Trips feed scoring.\n  Trips [U] -> [D] Scoring // since 2024\n}"
        let syntax = Support.parseClean(text)
        guard case .contextMap(let map)? = syntax.declarations.first, let relationship = map.relationships.first else {
            Issue.record("no relationship"); return
        }
        #expect(Support.slice(text, relationship.connectorRange) == "->")
        #expect(Support.slice(text, relationship.left.range) == "Trips")
        #expect(Support.slice(text, relationship.right.range) == "Scoring")
        #expect(Support.slice(text, relationship.info.range) == "Trips [U] -> [D] Scoring")
        #expect(relationship.info.doc == ["Trips feed scoring."])
        #expect(relationship.info.comments.trailing == " since 2024")
        #expect(Support.slice(text, map.info.range) == text)
    }

    @Test func wordConnectorsCoverBothWords() {
        let text = "context map M { A shared kernel B }"
        let syntax = Support.parseClean(text)
        guard case .contextMap(let map)? = syntax.declarations.first else { Issue.record("no map"); return }
        #expect(map.relationships.first.map { Support.slice(text, $0.connectorRange) } == "shared kernel")
    }

    @Test func anEmptyMapHasNoRelationships() {
        #expect(relationships("").isEmpty)
    }

    @Test func aMissingConnectorListsTheChoices() {
        let (_, diagnostics) = Support.parse("context map M {\n  A [U] B\n}")
        #expect(Support.summary(diagnostics) == [
            "expected-token: expected `->`, `<-`, `<->`, `partnership`, `shared kernel` or `separate ways` after `A`, found `B`",
        ])
    }

    @Test func twoWordConnectorsNeedTheirSecondWord() {
        let (_, shared) = Support.parse("context map M { A shared B }")
        #expect(Support.summary(shared) == ["expected-token: expected `kernel` after `shared`, found `B`"])
        let (_, separate) = Support.parse("context map M { A separate B }")
        #expect(Support.summary(separate) == ["expected-token: expected `ways` after `separate`, found `B`"])
    }

    @Test func unclosedRolesAreReported() {
        let (_, diagnostics) = Support.parse("context map M { A [U, OHS -> B }")
        #expect(Support.summary(diagnostics) == ["expected-token: expected `]` to close the roles, found `->`"])
    }

    @Test func aMissingRightSideIsReported() {
        let (_, diagnostics) = Support.parse("context map M { A -> }")
        #expect(Support.summary(diagnostics) == ["expected-name: expected a context name after `->`, found `}`"])
    }

    @Test func parsingResumesAtTheNextRelationshipAfterAnError() {
        let text = "context map M {\n  A => B\n  C -> D\n  E [U -> F\n  G <- H\n}"
        let (syntax, diagnostics) = Support.parse(text)
        // `=>` is one error: `>` is a token, skipped with the rest of the line.
        #expect(diagnostics.map { Support.position($0, in: text) } == ["2:5", "4:8"])
        #expect(diagnostics.map(\.id) == ["expected-token", "expected-token"])
        guard case .contextMap(let map)? = syntax.declarations.first else { Issue.record("the map was lost"); return }
        // A missing `]` is reported and the relationship kept.
        #expect(map.relationships.map(spelled) == ["C -> D", "E [U] -> F", "G <- H"])
    }
}
