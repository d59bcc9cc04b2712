import StormRuntime
import Testing

struct ISODurationTests {
    @Test(arguments: [
        (0, "PT0S"), (500, "PT0.5S"), (300_000, "PT5M"), (93_600_000, "P1DT2H"), (86_400_000, "P1D"),
        (90_250, "PT1M30.25S"), (-60_000, "-PT1M"),
    ])
    func writesTheShortestForm(milliseconds: Int, text: String) throws {
        let duration = ISODuration(milliseconds: milliseconds)
        #expect(duration.description == text)
        #expect(ISODuration(text) == duration)
        #expect(try StormJSON.string(duration) == "\"\(text)\"")
        #expect(try StormJSON.decode(ISODuration.self, from: "\"\(text)\"") == duration)
    }

    @Test func readsOtherSpellings() {
        #expect(ISODuration("P2W")?.milliseconds == 14 * 86_400_000)
        #expect(ISODuration("PT1H30M")?.milliseconds == 5_400_000)
        #expect(ISODuration("PT1.500S")?.milliseconds == 1500)
        #expect(ISODuration("PT0.0005S") == nil)
    }

    @Test(arguments: ["", "P", "PT", "P1M", "P1Y", "PT1D", "P1H", "PT5M1H", "5M", "PT1.5M"])
    func refusesWhatIsNotADurationOfFixedLength(text: String) {
        #expect(ISODuration(text) == nil)
    }

    @Test func convertsToSwiftDuration() {
        #expect(ISODuration(minutes: 5).duration == .seconds(300))
        #expect(ISODuration(seconds: 1, milliseconds: 500).timeInterval == 1.5)
    }
}
