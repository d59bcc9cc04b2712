@testable import StormDiagnostics
import Testing

/// "Did you mean" suggestions: the nearest candidate within a third of the name's length.
struct SuggestionTests {
    @Test(arguments: [
        ("Timestmp", ["Timestamp", "String", "Int"], "Timestamp"),
        ("TripStartd", ["TripStarted", "TripEnded"], "TripStarted"),
        ("contxt", ["domain", "team", "context"], "context"),
        ("tirpEnded", ["TripEnded"], "TripEnded"),
        ("string", ["String"], "String"),
        ("minuts", ["milliseconds", "seconds", "minutes", "hours", "days"], "minutes"),
        ("Tripz", ["Trips", "Scoring"], "Trips"),
        ("Fahrtt", ["Fahrt", "運行"], "Fahrt"),
        ("運行x", ["運行", "Fahrt"], "運行"),
    ])
    func aNearNameIsSuggested(name: String, candidates: [String], expected: String) {
        #expect(Suggestion.closest(to: name, in: candidates) == expected)
    }

    @Test func aDistantNameIsNotSuggested() {
        #expect(Suggestion.closest(to: "Payment", in: ["TripEnded", "Scoring"]) == nil)
        #expect(Suggestion.closest(to: "ab", in: ["xy"]) == nil)
        #expect(Suggestion.closest(to: "x", in: [String]()) == nil)
    }

    @Test func theNameItselfIsNeverSuggested() {
        #expect(Suggestion.closest(to: "Trips", in: ["Trips"]) == nil)
        #expect(Suggestion.closest(to: "Trips", in: ["Trips", "Trip"]) == "Trip")
    }

    @Test func shortNamesAllowOneEdit() {
        #expect(Suggestion.closest(to: "U", in: ["D", "OHS"]) == "D")
        #expect(Suggestion.closest(to: "AC", in: ["ACL", "CF"]) == "ACL")
    }

    @Test func theLimitIsAThirdOfTheLength() {
        // Nine letters allow three edits, not four.
        #expect(Suggestion.closest(to: "abcdefghi", in: ["abcdefxyz"]) == "abcdefxyz")
        #expect(Suggestion.closest(to: "abcdefghi", in: ["abcdewxyz"]) == nil)
    }

    @Test func tiesGoToTheFirstInSortOrder() {
        #expect(Suggestion.closest(to: "cat", in: ["cot", "bat", "cab"]) == "bat")
        #expect(Suggestion.closest(to: "cat", in: ["cab", "cot", "bat"]) == "bat")
    }

    @Test func theClosestWins() {
        #expect(Suggestion.closest(to: "abcdefgh", in: ["abcdefxy", "abcdefgx"]) == "abcdefgx")
        #expect(Suggestion.closest(to: "Scorng", in: ["Scoring", "Scor"]) == "Scoring")
    }

    @Test(arguments: [
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abc", "", 3),
        ("abc", "abc", 0),
        ("ab", "ba", 1),
        ("abcd", "acbd", 1),
        ("flaw", "lawn", 2),
    ])
    func editDistanceCountsTranspositionsAsOne(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: 10) == distance)
    }

    @Test func editDistanceStopsEarlyAboveTheLimit() {
        let distance = Suggestion.editDistance(Array("aaaaaaaa".unicodeScalars), Array("bbbbbbbb".unicodeScalars), limit: 2)
        #expect(distance > 2)
    }

    @Test func comparisonIgnoresCase() {
        #expect(Suggestion.closest(to: "TRIPENDED", in: ["TripEnded"]) == "TripEnded")
    }
}

/// The budget of "did you mean" searches: like clang's typo-correction limit, a run stops searching
/// after a fixed number, so that suggestions never cost errors times symbols.
struct SuggestionBudgetTests {
    @Test func searchesStopAtTheLimitAndCandidatesAreNoLongerGathered() {
        var budget = SuggestionBudget(limit: 2)
        var gathered = 0
        func candidates() -> [String] {
            gathered += 1
            return ["String", "Int"]
        }
        #expect(budget.closest(to: "Strng", in: candidates()) == "String")
        #expect(budget.closest(to: "Itn", in: candidates()) == "Int")
        #expect(budget.closest(to: "Strng", in: candidates()) == nil)
        #expect(gathered == 2)
        #expect(budget.remaining == 0)
    }

    @Test func aRunAllowsFiftySearches() {
        #expect(SuggestionBudget().remaining == 50)
    }

    @Test func aVeryLongNameGetsNoSuggestion() {
        let long = String(repeating: "a", count: Suggestion.maximumLength + 1)
        #expect(Suggestion.closest(to: long, in: [long + "b"]) == nil)
        let fits = String(repeating: "a", count: Suggestion.maximumLength)
        #expect(Suggestion.closest(to: fits, in: [fits + "b"]) == fits + "b")
    }
}
