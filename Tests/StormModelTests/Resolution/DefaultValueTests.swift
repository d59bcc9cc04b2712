import StormModel
import Testing

/// Default values, checked against the types of their fields.
struct DefaultValueTests {
    typealias Support = ModelTestSupport

    /// The default of `f: <type> = <literal>` in a context that also declares `enum Mode { car, bus }`.
    func value(_ type: String, _ literal: String) -> (value: Value?, ids: [String]) {
        let loaded = Support.load("context C {\n  enum Mode { car, bus }\n  value V { f: \(type) = \(literal) }\n}\n")
        return (loaded.model.context(named: "C")?.valueObject(named: "V")?.fields.first?.defaultValue, loaded.diagnostics.all.map(\.id.rawValue))
    }

    @Test(arguments: [
        ("String", "\"text\"", Value.string("text")),
        ("Int", "42", .integer(42)),
        ("Int", "-3", .integer(-3)),
        ("Double", "0.5", .number("0.5")),
        ("Double", "2", .number("2")),
        ("Decimal", "99.95", .number("99.95")),
        ("Bool", "true", .bool(true)),
        ("Bool", "false", .bool(false)),
        ("Duration", "5 minutes", .duration(TimeSpan(milliseconds: 300_000))),
        ("Duration", "1 day", .duration(TimeSpan(milliseconds: 86_400_000))),
        ("Duration", "250 milliseconds", .duration(TimeSpan(milliseconds: 250))),
        ("Mode", "bus", .enumCase("bus")),
        ("Int?", "null", .null),
        ("Int?", "7", .integer(7)),
        ("[Int]", "[]", .list([])),
        ("[Int]", "[1, 2]", .list([.integer(1), .integer(2)])),
        ("[[Mode]]", "[[car], [bus, car]]", .list([.list([.enumCase("car")]), .list([.enumCase("bus"), .enumCase("car")])])),
        ("[Int?]", "[1, null]", .list([.integer(1), .null])),
        ("[String: Int]", "[:]", .emptyMap),
        ("[String: Int]?", "null", .null),
    ])
    func aDefaultMatchingItsType(type: String, literal: String, expected: Value) {
        let (value, ids) = value(type, literal)
        #expect(ids == [])
        #expect(value == expected)
    }

    @Test(arguments: [
        ("String", "42"), ("Int", "\"42\""), ("Int", "4.2"), ("Int", "true"), ("Bool", "1"), ("Double", "\"x\""),
        ("Duration", "5"), ("Int", "5 minutes"), ("Mode", "plane"), ("Mode", "\"car\""), ("String", "null"),
        ("[Int]", "1"), ("[Int]", "[1, \"2\"]"), ("Int", "[1]"), ("[String: Int]", "[]"), ("[Int]", "[:]"),
        ("Int", "99999999999999999999"), ("Duration", "9999999999999999 days"), ("Date", "today"),
    ])
    func aDefaultNotMatchingItsType(type: String, literal: String) {
        let (value, ids) = value(type, literal)
        #expect(ids == ["invalid-default"], "\(type) = \(literal)")
        #expect(value == nil)
    }

    @Test func theMessageShowsTheLiteralAndTheQualifiedType() {
        let loaded = Support.load("context C {\n  enum Mode { car }\n  value V { a: [Mode] = [1], b: Mode = \"car\", c: Int = 2 hours, d: Int = [:] }\n}")
        #expect(loaded.diagnostics.all.map(\.message) == [
            "default value a list does not match type `[C.Mode]`",
            "default value \"car\" does not match type `C.Mode`",
            "default value `2 hours` does not match type `Int`",
            "default value `[:]` does not match type `Int`",
        ])
    }

    @Test func anEnumDeclaredLaterOrElsewhereIsKnownToDefaults() {
        let model = Support.model("""
        context A { event E { mode: Mode = train } }
        context B { enum Mode { train, tram } }
        """)
        #expect(model.context(named: "A")?.event(named: "E")?.fields.first?.defaultValue == .enumCase("train"))
    }

    @Test func timeSpansPrintInTheLargestWholeUnitAndAsISO8601() {
        let cases: [(Int, String, String)] = [
            (0, "0 seconds", "PT0S"), (1, "1 millisecond", "PT0.001S"), (1500, "1500 milliseconds", "PT1.5S"),
            (60_000, "1 minute", "PT1M"), (300_000, "5 minutes", "PT5M"), (3_600_000, "1 hour", "PT1H"),
            (5_400_000, "90 minutes", "PT1H30M"), (86_400_000, "1 day", "P1D"), (90_000_000, "25 hours", "P1DT1H"),
        ]
        for (milliseconds, words, iso) in cases {
            let span = TimeSpan(milliseconds: milliseconds)
            #expect(span.description == words)
            #expect(span.iso8601 == iso)
        }
        #expect(TimeSpan(milliseconds: 1) < TimeSpan(milliseconds: 2))
    }
}
