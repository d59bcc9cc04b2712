import Foundation

/// The text form of Storm's `Timestamp`: an ISO 8601 / RFC 3339 date-time in UTC with milliseconds
/// (`"2026-11-29T10:15:30.123Z"`).
///
/// Formatting always writes three fractional digits and `Z`; parsing also accepts no fraction, any
/// number of fractional digits (rounded to milliseconds) and a numeric offset (`+01:00`). Written by hand
/// rather than with `ISO8601DateFormatter` so that it is `Sendable`, fast and the same on every platform.
public enum ISO8601Timestamp {
    /// `date` as `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC, rounded to the millisecond.
    public static func string(from date: Date) -> String {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let (days, dayMilliseconds) = floorDivision(totalMilliseconds, 86_400_000)
        let (year, month, day) = civilDate(fromDays: days)
        let time = dayMilliseconds
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(time / 3_600_000, 2)):\(pad(time / 60_000 % 60, 2))"
            + ":\(pad(time / 1000 % 60, 2)).\(pad(time % 1000, 3))Z"
    }

    /// The instant `text` names, or nil when it is not an RFC 3339 date-time.
    public static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54 || bytes[10] == 0x74,
              bytes[13] == 0x3A, bytes[16] == 0x3A,
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              let date = CalendarDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        var milliseconds = 0.0
        if bytes[index] == 0x2E {
            index += 1
            var scale = 100.0
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                milliseconds += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offsetMinutes = 0
        switch bytes[index] {
        case 0x5A, 0x7A:
            index += 1
        case 0x2B, 0x2D:
            guard let hours = number(index + 1, 2), bytes.count > index + 3, bytes[index + 3] == 0x3A,
                  let minutes = number(index + 4, 2) else { return nil }
            offsetMinutes = (hours * 60 + minutes) * (bytes[index] == 0x2D ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = days(fromCivil: date.year, date.month, date.day)
        let seconds = ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60 + second
        let total = seconds * 1000 + Int(milliseconds.rounded())
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (`civil_from_days`).
    static func civilDate(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivision(_ value: Int, _ divisor: Int) -> (Int, Int) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }

    private static func pad(_ value: Int, _ width: Int) -> String { CalendarDate.pad(value, width) }
}
