import StormDiagnostics
import Testing

/// The habits of other tools that "did you mean" knows: each a lookup, not a search.
struct ForeignSpellingsTests {
    @Test(arguments: [
        ("Boolean", "Bool"), ("boolean", "Bool"), ("bool", "Bool"), ("Integer", "Int"), ("Long", "Int"),
        ("DateTime", "Timestamp"), ("Instant", "Timestamp"), ("BigDecimal", "Decimal"), ("Guid", "UUID"),
    ])
    func typeNamesOfOtherLanguagesMapToStormTypes(_ foreign: String, _ storm: String) {
        #expect(ForeignSpellings.types[foreign] == storm)
    }

    @Test func stormTypeNamesAreNotForeign() {
        for storm in ["String", "Int", "Double", "Decimal", "Bool", "Timestamp", "Date", "UUID", "Duration"] {
            #expect(ForeignSpellings.types[storm] == nil, "\(storm)")
        }
    }

    @Test func genericContainersKnowTheirArity() {
        #expect(ForeignSpellings.containers["List"]?.arity == 1)
        #expect(ForeignSpellings.containers["Array"]?.arity == 1)
        #expect(ForeignSpellings.containers["Map"]?.arity == 2)
        #expect(ForeignSpellings.containers["Optional"]?.arity == 1)
        #expect(ForeignSpellings.containers["Pair"] == nil)
    }

    @Test func aSuffixIsLeftOffOrAdded() {
        let longer = ForeignSpellings.affixVariants(of: "UserSignedUpEvent")
        #expect(longer.first == "UserSignedUp")
        let shorter = ForeignSpellings.affixVariants(of: "UserSignedUp")
        #expect(shorter.contains("UserSignedUpEvent"))
        #expect(ForeignSpellings.affixVariants(of: "ScoringContext").contains("Scoring"))
    }

    @Test func aPrefixIsLeftOffOnlyBeforeAWord() {
        #expect(ForeignSpellings.affixVariants(of: "EventTripEnded").contains("TripEnded"))
        // `Eventually` does not start with the word `Event`.
        #expect(!ForeignSpellings.affixVariants(of: "Eventually").contains("ually"))
        // A name that is only the affix has no shorter variant.
        #expect(!ForeignSpellings.affixVariants(of: "Event").contains(""))
    }

    @Test func contextMapperRelationshipsAreWrittenWithStormRolesAndArrows() {
        #expect(ForeignSpellings.relationships["Customer-Supplier"]?.written("A", "B") == "A [C] <- [S] B")
        #expect(ForeignSpellings.relationships["Supplier-Customer"]?.written("A", "B") == "A [S] -> [C] B")
        #expect(ForeignSpellings.relationships["Upstream-Downstream"]?.written("A", "B") == "A [U] -> [D] B")
        #expect(ForeignSpellings.relationships["Downstream-Upstream"]?.written("A", "B") == "A [D] <- [U] B")
        #expect(ForeignSpellings.relationships["Shared-Kernel"]?.written("A", "B") == "A shared kernel B")
        #expect(ForeignSpellings.relationships["Partnership"]?.written("A", "B") == "A partnership B")
    }

    @Test func contextMapperKeywordsMapToStormKeywords() {
        #expect(ForeignSpellings.declarationKeywords["BoundedContext"] == "context")
        #expect(ForeignSpellings.declarationKeywords["ContextMap"] == "context map")
        #expect(ForeignSpellings.memberKeywords["Aggregate"] == "aggregate")
        #expect(ForeignSpellings.memberKeywords["DomainEvent"] == "event")
        #expect(ForeignSpellings.memberKeywords["ValueObject"] == "value")
    }
}
