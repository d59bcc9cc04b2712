import Foundation
import StormRuntime
import Testing

struct ISO8601TimestampTests {
    @Test func writesMillisecondsAndZ() {
        let date = Date(timeIntervalSince1970: 1_795_947_330.123)
        #expect(ISO8601Timestamp.string(from: date) == "2026-11-29T10:15:30.123Z")
        #expect(ISO8601Timestamp.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(ISO8601Timestamp.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
    }

    @Test func readsWithAndWithoutFractionAndOffsets() throws {
        let expected = Date(timeIntervalSince1970: 1_795_947_330)
        #expect(ISO8601Timestamp.date(from: "2026-11-29T10:15:30Z") == expected)
        #expect(ISO8601Timestamp.date(from: "2026-11-29T10:15:30.000000Z") == expected)
        #expect(ISO8601Timestamp.date(from: "2026-11-29T11:15:30+01:00") == expected)
        #expect(ISO8601Timestamp.date(from: "2026-11-29t10:15:30z") == expected)
        let fraction = try #require(ISO8601Timestamp.date(from: "2026-11-29T10:15:30.1239Z"))
        #expect(ISO8601Timestamp.string(from: fraction) == "2026-11-29T10:15:30.124Z")
    }

    @Test(arguments: ["2026-11-29", "2026-11-29T10:15:30", "2026-11-29 10:15:30Z", "2026-02-30T10:15:30Z",
                      "2026-11-29T25:15:30Z", "2026-11-29T10:15:30.Z", "2026-11-29T10:15:30Zjunk"])
    func refusesOtherText(text: String) {
        #expect(ISO8601Timestamp.date(from: text) == nil)
    }

    @Test func roundTripsEveryMillisecondOfADay() {
        for step in stride(from: 0, to: 86_400_000, by: 7_777_777) {
            let text = ISO8601Timestamp.string(from: Date(timeIntervalSince1970: 1_700_000_000 + Double(step) / 1000))
            #expect(ISO8601Timestamp.date(from: text).map(ISO8601Timestamp.string(from:)) == text)
        }
    }
}
