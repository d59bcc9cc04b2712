import StormModel

/// ISO 8601 durations of the form `PnDTnHnMnS` (whole numbers; seconds may have a fraction), as
/// ``TimeSpan/iso8601`` writes them.
enum ISODuration {
    static func parse(_ text: String) -> TimeSpan? {
        var rest = Substring(text)
        guard rest.first == "P", rest.count > 1 else { return nil }
        rest = rest.dropFirst()
        var milliseconds = 0.0
        var inTime = false
        var number = ""
        for character in rest {
            switch character {
            case "T":
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
            case "0"..."9", ".": number.append(character)
            case "D", "H", "M", "S":
                guard let value = Double(number) else { return nil }
                let unit: Double
                switch (character, inTime) {
                case ("D", false): unit = 86_400_000
                case ("H", true): unit = 3_600_000
                case ("M", true): unit = 60_000
                case ("S", true): unit = 1000
                default: return nil
                }
                milliseconds += value * unit
                number = ""
            default: return nil
            }
        }
        guard number.isEmpty, milliseconds < Double(Int.max) else { return nil }
        return TimeSpan(milliseconds: Int(milliseconds))
    }
}
