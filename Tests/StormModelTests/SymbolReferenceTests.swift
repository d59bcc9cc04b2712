import StormModel
import Testing

/// A reference keeps its names in a box shared by its copies: it must still behave as a value.
struct SymbolReferenceTests {
    @Test func changingACopyLeavesTheOriginal() {
        let original = SymbolReference(context: "Trips", name: "TripEnded")
        var copy = original
        copy.name = "TripStarted"
        copy.context = "Fleet"
        #expect(original.context == "Trips" && original.name == "TripEnded")
        #expect(copy.description == "Fleet.TripStarted")
        #expect(copy != original)
    }

    @Test func referencesMadeApartAreEqualAndHashAlike() {
        let first = SymbolReference(context: "Trips", name: "TripEnded")
        let second = SymbolReference(context: "Trips", name: "Trip" + "Ended")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        #expect(SymbolReference(context: "Trip", name: "sEnded") != first)
    }

    @Test func referencesSortByContextThenName() {
        let references = [("B", "A"), ("A", "C"), ("A", "B")].map { SymbolReference(context: $0.0, name: $0.1) }
        #expect(references.sorted().map(\.description) == ["A.B", "A.C", "B.A"])
    }
}
