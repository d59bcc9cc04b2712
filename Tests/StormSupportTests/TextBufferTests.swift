import StormSupport
import Testing

/// ``TextBuffer`` keeps its bytes in memory it owns: it grows past its first capacity keeping every byte,
/// and emptied, it is written again from the start.
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

    @Test func anEmptiedBufferIsWrittenFromTheStart() {
        var buffer = TextBuffer(capacity: 4)
        buffer.append("first text, longer than the capacity")
        buffer.removeAll()
        #expect(buffer.count == 0 && buffer.text.isEmpty)
        buffer.append("new")
        buffer.append(byte: UInt8(ascii: "!"))
        #expect(buffer.text == "new!")
    }
}
