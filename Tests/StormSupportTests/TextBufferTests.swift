import StormSupport
import Testing

/// ``TextBuffer`` keeps its bytes in memory of its own: it grows past its first capacity, and a copy keeps
/// what it held when either is written to afterwards.
@Suite struct TextBufferTests {
    @Test func growsPastItsCapacityKeepingEveryByte() {
        var buffer = TextBuffer(capacity: 1)
        var expected = ""
        for index in 0..<2_000 {
            buffer.append("item\(index)")
            buffer.append(byte: UInt8(ascii: ","))
            buffer.appendSpaces(index % 70)
            buffer.append(-index)
            expected += "item\(index)," + String(repeating: " ", count: index % 70) + "\(-index)"
        }
        #expect(buffer.count == expected.utf8.count)
        #expect(buffer.text == expected)
    }

    @Test func aCopyKeepsWhatItHeld() {
        var first = TextBuffer(capacity: 4)
        first.append("shared")
        var second = first
        second.append(" and more")
        first.append(byte: UInt8(ascii: "!"))
        #expect(first.text == "shared!")
        #expect(second.text == "shared and more")
        var third = second
        third.removeAll()
        third.append("new")
        #expect(second.text == "shared and more" && third.text == "new")
        second.removeAll()
        #expect(second.text.isEmpty && second.count == 0 && third.text == "new")
    }
}
