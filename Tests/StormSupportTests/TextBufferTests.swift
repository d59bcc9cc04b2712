import StormSupport
import Testing

/// ``TextBuffer`` keeps its bytes in memory it owns: it grows past its first capacity keeping every byte,
/// emptied, it is written again from the start, and finished, it hands its bytes over as ``WrittenText``.
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

    /// A finished buffer hands over exactly the bytes written, and reads as the same text.
    @Test func aFinishedBufferHandsOverItsBytes() {
        var buffer = TextBuffer(capacity: 2)
        buffer.append("Zahlungsempfänger → ")
        buffer.append(42)
        let expected = buffer.text
        let finished = buffer.finish()
        #expect(finished.count == expected.utf8.count)
        #expect(finished.withBytes { Array($0) } == Array(expected.utf8))
        #expect(finished.string == expected)
        let copied = WrittenText(expected)
        #expect(copied.withBytes { Array($0) } == Array(expected.utf8) && WrittenText("").count == 0)
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

    /// A long text is decoded in pieces: long runs of ASCII, and characters of two to four bytes and bytes
    /// that are not UTF-8 at every kind of offset (so some fall across the places where pieces are cut),
    /// come out as decoding the whole at once gives.
    @Test(arguments: 0..<8)
    func aLongTextDecodesAsAWholeDoes(seed: UInt64) {
        let odd: [[UInt8]] = [Array("·".utf8), Array("→".utf8), Array("🌩".utf8), [0xFF], [0xE2, 0x86], [0x80, 0x80, 0x41]]
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var bytes: [UInt8] = []
        while bytes.count < 200_000 {
            let run = next(2) == 0 ? 1 + next(200) : 1 + next(12_000)
            bytes += Array(repeating: UInt8(ascii: "a") + UInt8(next(26)), count: run)
            // The eighth seed writes ASCII only.
            if seed != 7 { bytes += odd[next(odd.count)] }
        }
        var buffer = TextBuffer(capacity: 16)
        bytes.withUnsafeBufferPointer { buffer.append(bytes: $0) }
        let expected = Array(String(decoding: bytes, as: UTF8.self).utf8)
        // Where they first differ, if they do, rather than two texts of 200 KB.
        func firstDifference(_ text: [UInt8]) -> Int? {
            text.indices.first { $0 >= expected.count || text[$0] != expected[$0] } ?? (text.count == expected.count ? nil : text.count)
        }
        #expect(firstDifference(Array(buffer.text.utf8)) == nil)
        // The bytes handed over read as the same text.
        #expect(firstDifference(Array(buffer.finish().string.utf8)) == nil)
    }
}
