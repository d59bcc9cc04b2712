import StormModel
import Testing

/// Field types: built-ins, declared types found in the same context first and then in the whole model,
/// qualified names, and lists, maps and optionals of them.
struct TypeResolutionTests {
    typealias Support = ModelTestSupport

    func reference(_ context: String, _ name: String) -> SymbolReference { SymbolReference(context: context, name: name) }

    /// The types of the fields of value `V` in context `C`.
    func types(_ fields: String, around extra: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [TypeReference] {
        Support.model("context C {\n  value V { \(fields) }\n\(extra)\n}\n", sourceLocation: sourceLocation)
            .context(named: "C")?.valueObject(named: "V")?.fields.map(\.type) ?? []
    }

    @Test func everyBuiltInType() {
        let names = PrimitiveType.allCases.map(\.rawValue)
        #expect(names == ["String", "Int", "Double", "Decimal", "Bool", "Timestamp", "Date", "UUID", "Duration"])
        let fields = names.enumerated().map { "f\($0.offset): \($0.element)" }.joined(separator: ", ")
        #expect(types(fields) == PrimitiveType.allCases.map(TypeReference.primitive))
    }

    @Test func declaredTypesOfEveryKind() {
        let resolved = types("a: TripID, b: GeoPoint, c: Vehicle, d: Mode", around: """
          id TripID
          value GeoPoint { lat: Double }
          entity Vehicle { vin: String }
          enum Mode { car, bus }
        """)
        #expect(resolved == [.identifier(reference("C", "TripID")), .valueObject(reference("C", "GeoPoint")),
                             .entity(reference("C", "Vehicle")), .enumeration(reference("C", "Mode"))])
    }

    @Test func typesDeclaredInsideAnAggregateBelongToTheContext() {
        let model = Support.model("""
        context C {
          aggregate Trip {
            entity Leg { from: Stop }
            value Stop { name: String }
          }
          event E { legs: [Leg] }
        }
        """)
        #expect(model.context(named: "C")?.event(named: "E")?.fields.first?.type == .list(.entity(reference("C", "Leg"))))
        #expect(model.context(named: "C")?.entity(named: "Leg")?.aggregate == "Trip")
    }

    @Test func compositesNestListsMapsAndOptionals() {
        let resolved = types("a: [Int], b: [[String]], c: [String: Decimal], d: [String: [Int]]?, e: [Int?], f: Int?, g: Int??")
        #expect(resolved == [
            .list(.primitive(.int)), .list(.list(.primitive(.string))), .map(.primitive(.decimal)),
            .optional(.map(.list(.primitive(.int)))), .list(.optional(.primitive(.int))), .optional(.primitive(.int)),
            .optional(.primitive(.int)),
        ])
        #expect(resolved.map(\.description) == ["[Int]", "[[String]]", "[String: Decimal]", "[String: [Int]]?", "[Int?]", "Int?", "Int?"])
    }

    @Test func aLocalTypeWinsOverOnesOfOtherContexts() {
        let model = Support.model("""
        context Pricing { value Money { amount: Decimal } }
        context Claims {
          value Money { cents: Int }
          event Paid { amount: Money }
        }
        """)
        #expect(model.context(named: "Claims")?.event(named: "Paid")?.fields.first?.type == .valueObject(reference("Claims", "Money")))
    }

    @Test func theOneDeclarationOfANameIsFoundInAnyContext() {
        let model = Support.model("""
        context Claims { event Paid { amount: Money } }
        context Pricing { value Money { amount: Decimal } }
        """)
        #expect(model.context(named: "Claims")?.event(named: "Paid")?.fields.first?.type == .valueObject(reference("Pricing", "Money")))
    }

    @Test func aQualifiedNameChoosesTheContext() {
        let model = Support.model("""
        context Pricing { value Money { amount: Decimal } }
        context Claims { value Money { cents: Int } }
        context Payments { event Paid { a: Pricing.Money, b: Claims.Money, c: [Claims.Money]? } }
        """)
        #expect(model.context(named: "Payments")?.event(named: "Paid")?.fields.map(\.type.description)
                == ["Pricing.Money", "Claims.Money", "[Claims.Money]?"])
    }

    @Test func aQualifiedNameMayNameTheOwnContext() {
        #expect(types("a: C.Mode", around: "  enum Mode { x }") == [.enumeration(reference("C", "Mode"))])
    }

    @Test func aNameOfAnotherKindInTheOwnContextIsNotSkipped() {
        // The local declaration is found first, even when a type of that name exists elsewhere.
        let ids = Support.ids("""
        context Pricing { value Quote { amount: Decimal } }
        context Sales {
          command Quote
          event Sold { quote: Quote }
        }
        """)
        #expect(ids == ["wrong-kind-reference"])
    }

    @Test func aTypeNamedLikeAContextKeywordResolves() {
        let model = Support.model("""
        context events {
          value type { service: String }
          event event { type: type, data: [events.type] }
        }
        """)
        #expect(model.context(named: "events")?.event(named: "event")?.fields.map(\.type.description) == ["events.type", "[events.type]"])
    }

    @Test func identifiersAreBackedByUUIDStringOrInt() {
        let model = Support.model("""
        context C {
          id A
          id B: String
          id D: Int
          id E: UUID
        }
        """)
        #expect(model.context(named: "C")?.identifiers.map(\.rawType) == [.uuid, .string, .int, .uuid])
    }

    @Test func unresolvedTypesDropTheFieldButNotItsNeighbours() {
        let loaded = Support.load("context C { value V { a: Nope, b: Int, c: [Nope2] } }")
        #expect(loaded.diagnostics.all.map(\.id) == ["unresolved-reference", "unresolved-reference"])
        #expect(loaded.model.context(named: "C")?.valueObject(named: "V")?.fields.map(\.name) == ["b"])
    }

    @Test func threePartNamesAreUnresolved() {
        #expect(Support.ids("context C { value V { a: C.V.X } }") == ["unresolved-reference"])
    }

    @Test func typeReferencesLookThroughComposites() {
        let list = TypeReference.optional(.list(.map(.valueObject(reference("C", "V")))))
        #expect(list.namedReference == reference("C", "V"))
        #expect(list.isOptional)
        #expect(list.nonOptional == .list(.map(.valueObject(reference("C", "V")))))
        #expect(TypeReference.primitive(.int).namedReference == nil)
        #expect(TypeReference.primitive(.int).nonOptional == .primitive(.int))
    }
}
