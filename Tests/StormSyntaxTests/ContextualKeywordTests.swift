import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// Keywords are contextual: the words of the grammar stay usable as names of contexts, types and fields.
struct ContextualKeywordTests {
    typealias Support = ParserTestSupport

    @Test func anEventNamedTypeWithAFieldNamedService() {
        guard case .event(let event)? = Support.member("event type { service: String, event: Int, type: Bool }") else {
            Issue.record("not an event"); return
        }
        #expect(event.name.text == "type")
        #expect(event.fields?.map(\.name.text) == ["service", "event", "type"])
    }

    @Test func aContextNamedEvent() {
        let syntax = Support.parseClean("context event { event event { context: String } }")
        guard case .context(let context)? = syntax.declarations.first, case .event(let event)? = context.members.first else {
            Issue.record("no event"); return
        }
        #expect(context.name.text == "event")
        #expect(event.name.text == "event")
        #expect(event.fields?.first?.name.text == "context")
    }

    @Test(arguments: ["domain", "team", "context", "map", "subdomain", "owner", "vision", "actor", "external", "system", "id",
                      "value", "entity", "enum", "aggregate", "invariant", "command", "by", "emits", "event", "policy", "when",
                      "then", "read", "model", "from", "hotspot", "data", "product", "input", "output", "port", "consumes",
                      "publishes", "freshness", "availability", "core", "supporting", "generic", "contact", "implements",
                      "partnership", "shared", "kernel", "separate", "ways", "true", "false", "null", "service", "type", "v2"])
    func everyKeywordNamesAFieldAndAType(word: String) {
        let members = Support.members("""
          value \(word) { \(word): \(word) }
          event E { \(word): [String: \(word)?] }
        """)
        guard members.count == 2, case .valueObject(let value) = members[0], case .event(let event) = members[1] else {
            Issue.record("wrong members for `\(word)`"); return
        }
        #expect(value.name.text == word)
        #expect(value.fields.first?.name.text == word)
        #expect(value.fields.first.map { Support.spelled($0.type) } == word)
        #expect(event.fields?.first.map { Support.spelled($0.type) } == "[String: \(word)?]")
    }

    @Test(arguments: ["domain", "team", "context", "event", "type", "service", "command", "aggregate", "data"])
    func keywordsNameContextsAndTheirMembers(word: String) {
        let syntax = Support.parseClean("""
        team \(word)
        domain \(word) { subdomain \(word): core }
        context \(word) implements \(word) {
          owner \(word)
          actor \(word)
          aggregate A { command \(word) by \(word) emits \(word) }
          event \(word)
          policy P: when \(word).\(word) then \(word)
          read model R from \(word)
        }
        context map M { \(word) [U] -> [D] \(word) }
        """)
        #expect(syntax.declarations.count == 4, "`\(word)`")
    }

    @Test func aRelationshipBetweenContextsNamedLikeConnectors() {
        let syntax = Support.parseClean("context map M { partnership partnership shared\n separate separate ways ways }")
        guard case .contextMap(let map)? = syntax.declarations.first else { Issue.record("no map"); return }
        #expect(map.relationships.map { "\($0.left.text) \($0.connector.rawValue) \($0.right.text)" } == [
            "partnership partnership shared", "separate separate ways ways",
        ])
    }

    @Test func enumCasesMayBeKeywords() {
        guard case .enumeration(let enumeration)? = Support.member("enum Kind { event, command, null, true }") else {
            Issue.record("not an enum"); return
        }
        #expect(enumeration.cases.map(\.name.text) == ["event", "command", "null", "true"])
    }

    @Test func nonASCIINamesEverywhere() {
        let syntax = Support.parseClean("""
        domain Versicherung { subdomain Fahrten: core }
        team Équipe
        context 運行 implements Fahrten {
          owner Équipe
          actor Οδηγός
          value Straße { länge: Decimal, 距離: Int }
          event رحلة_انتهت v2 { straße: Straße }
        }
        context map Karte { 運行 [U] -> [D] Διαδρομή }
        """)
        #expect(syntax.declarations.count == 4)
        guard case .context(let context) = syntax.declarations[2], case .event(let event)? = context.members.last,
              case .valueObject(let value) = context.members[2] else {
            Issue.record("wrong declarations"); return
        }
        #expect(context.name.text == "運行")
        #expect(value.name.text == "Straße")
        #expect(value.fields.map(\.name.text) == ["länge", "距離"])
        #expect(event.name.text == "رحلة_انتهت")
        #expect(event.version?.value == 2)
    }
}
