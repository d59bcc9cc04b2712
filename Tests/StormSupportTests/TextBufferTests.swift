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

    /// A long text is decoded in pieces: characters of two to four bytes and bytes that are not UTF-8, at
    /// every offset around the places where pieces are cut, come out as decoding the whole at once gives.
    @Test func aLongTextDecodesAsAWholeDoes() {
        let odd: [[UInt8]] = [Array("·".utf8), Array("→".utf8), Array("🌩".utf8), [0xFF], [0xE2, 0x86], [0x80, 0x80, 0x41]]
        for shift in 0..<6 {
            var bytes: [UInt8] = []
            var position = 0
            while bytes.count < 100_000 {
                // Runs of ASCII whose lengths move each odd sequence across a 16 KiB boundary, shift by shift.
                let run = (position % 3 == 0 ? 16_384 : 5_461) - shift - position % 4
                bytes += Array(repeating: UInt8(ascii: "a") + UInt8(position % 26), count: max(run, 1))
                bytes += odd[position % odd.count]
                position += 1
            }
            var buffer = TextBuffer(capacity: 16)
            bytes.withUnsafeBufferPointer { buffer.append(bytes: $0) }
            let expected = String(decoding: bytes, as: UTF8.self)
            #expect(buffer.text == expected)
            #expect(Array(buffer.text.utf8) == Array(expected.utf8))
        }
    }
}
