import StormDiagnostics
import StormSource
@testable import StormSyntax
import Testing

/// `FieldBlock`, `Field`, `Type`, `Literal` and `Annotation`.
struct FieldParserTests {
    typealias Support = ParserTestSupport

    @Test func fieldsAreSeparatedByCommasOrNewlines() {
        let fields = Support.fields("""
        a: Int, b: String
            c: Bool,
            d: Double,
        """)
        #expect(fields.map(\.name.text) == ["a", "b", "c", "d"])
    }

    @Test func aFieldsRangeLeavesOutItsComma() {
        let text = "context C {\nvalue V { a: Int = 1 @pii, b: String }\n}\n"
        let syntax = Support.parseClean(text)
        guard case .context(let context)? = syntax.declarations.first, case .valueObject(let value)? = context.members.first else {
            Issue.record("no value"); return
        }
        #expect(value.fields.map { Support.slice(text, $0.info.range) } == ["a: Int = 1 @pii", "b: String"])
        #expect(Support.slice(text, value.fields[0].name.range) == "a")
    }

    @Test(arguments: [
        ("String", "String"),
        ("Trips.GeoPoint", "Trips.GeoPoint"),
        ("[Int]", "[Int]"),
        ("[[Int]]", "[[Int]]"),
        ("[[[GeoPoint]]]", "[[[GeoPoint]]]"),
        ("[String: Int]", "[String: Int]"),
        ("[String: [String: [Int]]]", "[String: [String: [Int]]]"),
        ("[String: [Trips.GeoPoint]]", "[String: [Trips.GeoPoint]]"),
        ("Int?", "Int?"),
        ("[Int]?", "[Int]?"),
        ("[Int?]", "[Int?]"),
        ("[String: Int?]?", "[String: Int?]?"),
        ("[ String : Int ]", "[String: Int]"),
        ("Int??", "Int??"),
    ])
    func typesNestListsMapsAndOptionals(written: String, expected: String) {
        #expect(Support.type(written).map(Support.spelled) == expected)
    }

    @Test func aTypeKnowsItsRange() {
        let text = "context C {\nvalue V { f: [String: Int?]? }\n}"
        let syntax = Support.parseClean(text)
        guard case .context(let context)? = syntax.declarations.first, case .valueObject(let value)? = context.members.first,
              case .optional(.map(let key, let element, let mapRange), let range)? = value.fields.first?.type else {
            Issue.record("not an optional map"); return
        }
        #expect(Support.slice(text, range) == "[String: Int?]?")
        #expect(Support.slice(text, mapRange) == "[String: Int?]")
        #expect(Support.slice(text, key.range) == "String")
        #expect(Support.slice(text, element.range) == "Int?")
    }

    @Test(arguments: [
        ("\"plain\"", "String", "string(plain)"),
        (#""tab\tnew\nquote\"back\\slash""#, "String", "string(tab\tnew\nquote\"back\\slash)"),
        (#""\u{1F697} \u{E9}""#, "String", "string(🚗 é)"),
        ("\"Grüße 🚗 運行\"", "String", "string(Grüße 🚗 運行)"),
        ("42", "Int", "number(42)"),
        ("-3", "Int", "number(-3)"),
        ("99.95", "Decimal", "number(99.95)"),
        ("true", "Bool", "bool(true)"),
        ("false", "Bool", "bool(false)"),
        ("null", "Int?", "null"),
        ("car", "TransportMode", "name(car)"),
        ("[]", "[Int]", "[]"),
        ("[1, 2, 3]", "[Int]", "[number(1), number(2), number(3)]"),
        ("[1, 2,]", "[Int]", "[number(1), number(2)]"),
        ("[[1], [], [2, 3]]", "[[Int]]", "[[number(1)], [], [number(2), number(3)]]"),
        ("[\"a\", null]", "[String?]", "[string(a), null]"),
        ("[:]", "[String: Int]", "[:]"),
        ("[ : ]", "[String: Int]", "[:]"),
        ("5 minutes", "Duration", "duration(5 minutes)"),
        ("1 minute", "Duration", "duration(1 minutes)"),
        ("250 milliseconds", "Duration", "duration(250 milliseconds)"),
        ("1 millisecond", "Duration", "duration(1 milliseconds)"),
        ("30 seconds", "Duration", "duration(30 seconds)"),
        ("2 hours", "Duration", "duration(2 hours)"),
        ("1 day", "Duration", "duration(1 days)"),
        ("[1 day, 2 hours]", "[Duration]", "[duration(1 days), duration(2 hours)]"),
    ])
    func literals(written: String, type: String, expected: String) {
        #expect(Support.literal(written, type: type).map(Support.spelled) == expected)
    }

    @Test func aNumberBeforeAWordThatIsNoUnitStaysANumber() {
        // The checker, not the parser, rejects `5 parsecs`; the parser stops at the number.
        let (_, diagnostics) = Support.parse("context C { value V { f: Int = 5 parsecs } }")
        #expect(diagnostics.map(\.id) == ["expected-token"])
    }

    @Test func aUnitOnTheNextLineIsNotPartOfTheDuration() {
        let fields = Support.fields("f: Int = 5\nminutes: Int")
        #expect(fields.map(\.name.text) == ["f", "minutes"])
        #expect(fields.first?.defaultValue.map(Support.spelled) == "number(5)")
    }

    @Test func invalidEscapesAreReportedWithTheirText() {
        let (_, diagnostics) = Support.parse(#"context C { vision "a\qb \u{ZZ} \u{110000}" }"#)
        #expect(Support.summary(diagnostics) == [
            #"invalid-escape: invalid escape `\q` in string: use `\"`, `\\`, `\n`, `\t` or `\u{…}`"#,
            #"invalid-escape: invalid escape `\u{Z` in string: use `\"`, `\\`, `\n`, `\t` or `\u{…}`"#,
            #"invalid-escape: invalid escape `\u{110000}` in string: use `\"`, `\\`, `\n`, `\t` or `\u{…}`"#,
        ])
    }

    @Test func invalidUTF8InAStringIsReported() {
        let bytes = Array("context C { vision \"a".utf8) + [0xFF, 0xFE] + Array("b\" }".utf8)
        let (syntax, diagnostics) = Support.parse(bytes: bytes)
        #expect(Support.summary(diagnostics) == ["invalid-utf8: invalid UTF-8 in string: the file must be encoded as UTF-8"])
        guard case .context(let context)? = syntax.declarations.first, case .vision(let vision, _)? = context.members.first else {
            Issue.record("no vision"); return
        }
        #expect(vision.value == "a\u{FFFD}\u{FFFD}b")
    }

    @Test func annotationsFollowAFieldWithOrWithoutArguments() {
        let fields = Support.fields("""
        route: [GeoPoint] @pii, mode: TransportMode = car @deprecated("use transport") @pii
        name: String @ identity
        """)
        #expect(fields.map { $0.info.annotations.map(\.name.text) } == [["pii"], ["deprecated", "pii"], ["identity"]])
        #expect(fields[1].info.annotations.first?.argument?.value == "use transport")
        #expect(fields[1].defaultValue.map(Support.spelled) == "name(car)")
    }

    @Test func annotationsMayAlsoPrecedeAField() {
        let fields = Support.fields("@pii email: String")
        #expect(fields.first?.info.annotations.map(\.name.text) == ["pii"])
    }

    @Test func anAnnotationArgumentMustBeAClosedString() {
        let (_, missingString) = Support.parse("context C { value V { f: Int @deprecated(soon) } }")
        #expect(Support.summary(missingString).first == "expected-token: expected a string argument for `@deprecated`, found `soon`")
        let (_, missingParen) = Support.parse("context C { value V { f: Int @deprecated(\"soon\" } }")
        #expect(Support.summary(missingParen).first == "expected-token: expected `)` to close the arguments of `@deprecated`, found `}`")
        let (_, missingName) = Support.parse("context C { value V { f: Int @ } }")
        #expect(Support.summary(missingName).first
                == "expected-name: expected an annotation name after `@` (`pii`, `identity`, `deprecated`), found `}`")
    }

    @Test func aFieldNeedsAColonAndAType() {
        let cases = [
            ("name String", "expected-token: expected `:` after field `name`: write `name: Type`, found `String`"),
            ("name: 42", "expected-type: expected a type, found `42`"),
            ("name:", "expected-type: expected a type, found `}`"),
            ("name: [Int", "expected-token: expected `]` to close the list type, found `}`"),
            ("name: [String: Int", "expected-token: expected `]` to close the map type, found `}`"),
            ("name: Int = ", "expected-literal: expected a value (a string, number, `true`, `false`, `null`, a case name or a list), found `}`"),
            ("name: [Int] = [1, 2", "expected-token: expected `]` to close the list, found `}`"),
            ("name: [String: Int] = [:", "expected-token: expected `]` to close the empty map `[:]`, found `}`"),
            ("42: Int", "expected-name: expected a field (`name: Type`) in value `V`, found `42`"),
        ]
        for (text, expected) in cases {
            let (_, diagnostics) = Support.parse("context C { value V { \(text) } }")
            #expect(Support.summary(diagnostics) == [expected], "\(text)")
        }
    }

    @Test func parsingResumesAtTheNextFieldAfterAnError() {
        let text = """
        context C {
          value V {
            a String
            b: Int
            c: = 3
            d: Bool
          }
        }
        """
        let (syntax, diagnostics) = Support.parse(text)
        #expect(diagnostics.map { Support.position($0, in: text) } == ["3:7", "5:8"])
        guard case .context(let context)? = syntax.declarations.first, case .valueObject(let value)? = context.members.first else {
            Issue.record("no value"); return
        }
        #expect(value.fields.map(\.name.text) == ["b", "d"])
    }

    @Test func typesNestedTooDeeplyAreRejectedWithoutRecursingFurther() {
        // The named type inside the brackets is one level too.
        let depth = Parser.maximumDepth
        let type = String(repeating: "[", count: depth) + "Int" + String(repeating: "]", count: depth)
        let (_, diagnostics) = Support.parse("context C { value V { f: \(type) } }")
        #expect(Support.summary(diagnostics) == ["nesting-too-deep: nesting is too deep (more than 64 levels)"])
        let allowed = String(repeating: "[", count: depth - 1) + "Int" + String(repeating: "]", count: depth - 1)
        #expect(Support.parse("context C { value V { f: \(allowed) } }").diagnostics.isEmpty)
    }

    @Test func listLiteralsNestedTooDeeplyAreRejected() {
        let depth = Parser.maximumDepth + 1
        let literal = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (_, diagnostics) = Support.parse("context C { value V { f: Int = \(literal) } }")
        #expect(diagnostics.first?.id == "nesting-too-deep")
    }

    @Test func aDurationAmountTooLargeIsAnInvalidNumber() {
        let (_, diagnostics) = Support.parse("context C { value V { f: Duration = 99999999999999999999 days } }")
        #expect(Support.summary(diagnostics) == ["invalid-number: number `99999999999999999999` is out of range"])
    }
}
