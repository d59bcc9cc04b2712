import Foundation
import StormRuntime
import Testing

struct CalendarDateTests {
    @Test func codesAsYearMonthDay() throws {
        let date = try #require(CalendarDate(year: 2026, month: 2, day: 9))
        #expect(try StormJSON.string(date) == "\"2026-02-09\"")
        #expect(try StormJSON.decode(CalendarDate.self, from: "\"2026-02-09\"") == date)
    }

    @Test func refusesDaysThatDoNotExist() {
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("2026-1-01") == nil)
        #expect(throws: DecodingError.self) { try StormJSON.decode(CalendarDate.self, from: "\"29.11.2026\"") }
    }

    @Test func convertsFromAndToInstants() throws {
        let instant = try #require(ISO8601Timestamp.date(from: "2026-11-29T23:30:00Z"))
        #expect(CalendarDate(instant).description == "2026-11-29")
        #expect(CalendarDate(instant, in: TimeZone(identifier: "Europe/Berlin")!).description == "2026-11-30")
        #expect(ISO8601Timestamp.string(from: try #require(CalendarDate("2026-11-29")).start()) == "2026-11-29T00:00:00.000Z")
    }

    @Test func ordersByDay() throws {
        #expect(try #require(CalendarDate("2025-12-31")) < #require(CalendarDate("2026-01-01")))
    }
}
