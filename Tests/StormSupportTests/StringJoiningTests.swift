import StormSupport
import Testing

/// ``Swift/String/init(joining:)`` gives what `+` gives, for short and long parts, empty ones and text past ASCII,
/// in each of its forms: one to five parts, and more.
@Suite struct StringJoiningTests {
    @Test(arguments: [
        [],
        [""],
        ["a", "", "b"],
        ["Trips", "é"],
        ["#/channels/", "trips.TripEnded", "/messages/", "", "TripEnded"],
        ["motorinsurance", ".", "trips", ".", "TripEnded", ".v", "2"],
        ["Zahlungsempfänger", " – ", "café", "🚗"],
        [String(repeating: "long part ", count: 500), "x", String(repeating: "é", count: 300)],
    ])
    func givesThePartsOneAfterAnother(parts: [String]) {
        let expected = parts.joined()
        let joined: String = switch parts.count {
        case 0: String(joining: "")
        case 1: String(joining: parts[0])
        case 2: String(joining: parts[0], parts[1])
        case 3: String(joining: parts[0], parts[1], parts[2])
        case 4: String(joining: parts[0], parts[1], parts[2], parts[3])
        case 5: String(joining: parts[0], parts[1], parts[2], parts[3], parts[4])
        case 7: String(joining: parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6])
        default: String(joining: parts[0], parts[1], parts[2])
        }
        #expect(joined == expected)
        #expect(joined.utf8.count == expected.utf8.count)
    }
}
