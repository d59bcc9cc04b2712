@testable import StormGenerators
import StormKit
import StormModel
import StormSource
import Testing

/// Storm types, defaults and wire forms as Swift expressions.
struct SwiftTypeMappingTests {
    let names: SwiftNames

    init() throws {
        let text = "context C {\n  id Key: String\n  enum Mode { Fast, Slow }\n  value V { a: Int }\n}\n"
        names = try SwiftNames(model: ModelLoader.load(sources: [SourceFile(path: "t.storm", text: text)], name: "T").model)
    }

    let key = TypeReference.identifier(SymbolReference(context: "C", name: "Key"))
    let mode = TypeReference.enumeration(SymbolReference(context: "C", name: "Mode"))

    @Test func typesAreSwiftTypes() {
        #expect(names.swiftType(.optional(.list(.primitive(.decimal)))) == "[Decimal]?")
        #expect(names.swiftType(.map(.primitive(.date))) == "[String: StormRuntime.CalendarDate]")
        #expect(names.swiftType(.primitive(.timestamp)) == "Date")
        #expect(names.swiftType(.primitive(.duration)) == "StormRuntime.ISODuration")
        #expect(names.swiftType(key) == "C.Key")
    }

    @Test func wireFormsLookThroughCollections() {
        let nested = TypeReference.map(.list(.optional(.primitive(.uuid))))
        #expect(names.wireType(nested) == "[String: [StormRuntime.JSONUUID?]]")
        #expect(toWire("x", nested) == "x.mapValues { $0.map { $0.map(StormRuntime.JSONUUID.init) } }")
        #expect(fromWire("x", nested) == "x.mapValues { $0.map { $0.map(\\.value) } }")
        #expect(toWire("x", .primitive(.decimal)) == "StormRuntime.JSONDecimal(x)")
        #expect(fromWire("x", .optional(.primitive(.timestamp))) == "x.map(\\.value)")
        #expect(toWire("x", .list(mode)) == "x")
    }

    /// The expression converting `value` to the wire type, as text.
    private func toWire(_ value: String, _ type: TypeReference) -> String {
        var out = SwiftWriter()
        names.toWire(type, into: &out) { $0.write(value) }
        return out.text
    }

    /// The expression converting `value` from the wire type, as text.
    private func fromWire(_ value: String, _ type: TypeReference) -> String {
        var out = SwiftWriter()
        out.write(value)
        names.fromWire(type, into: &out)
        return out.text
    }

    @Test func defaultsAreImplicitMemberExpressions() {
        #expect(names.defaultExpression(.enumCase("Slow"), for: .optional(mode)) == ".Slow")
        #expect(names.defaultExpression(.number("99.95"), for: .primitive(.decimal)) == ".init(sign: .plus, exponent: -2, significand: 9995)")
        #expect(names.defaultExpression(.number("-0.5"), for: .primitive(.decimal)) == ".init(sign: .minus, exponent: -1, significand: 5)")
        #expect(names.defaultExpression(.number("2.5"), for: .primitive(.double)) == "2.5")
        #expect(names.defaultExpression(.string("a\"b"), for: key) == #".init(rawValue: "a\"b")"#)
        #expect(names.defaultExpression(.duration(TimeSpan(milliseconds: 300_000)), for: .primitive(.duration)) == ".init(milliseconds: 300000)")
        #expect(names.defaultExpression(.list([.enumCase("Fast")]), for: .list(mode)) == "[.Fast]")
        #expect(names.defaultExpression(.emptyMap, for: .map(.primitive(.int))) == "[:]")
    }
}
