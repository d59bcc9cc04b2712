import StormSource
import Testing

/// Line tables, line and column computation, and line excerpts.
struct SourceFileTests {
    @Test func theLineTableHoldsTheStartOfEveryLine() {
        #expect(SourceFile(path: "a", text: "").lineStarts == [0])
        #expect(SourceFile(path: "a", text: "ab\ncd\n").lineStarts == [0, 3, 6])
        #expect(SourceFile(path: "a", text: "\n\n").lineStarts == [0, 1, 2])
        #expect(SourceFile(path: "a", text: "a\r\nb").lineStarts == [0, 3])
    }

    /// The table is read eight bytes at a time: a line break at every place of every length up to three
    /// words, beside bytes that differ from `\n` in one bit (`\u{0B}`, `\u{8A}`, `*`), is found, and only it.
    @Test func everyLineBreakIsFoundAtEveryPlace() {
        for length in 0...24 {
            for filler: UInt8 in [0x0B, 0x8A, 0x2A, 0x00] {
                for place in 0..<max(length, 1) {
                    var bytes = [UInt8](repeating: filler, count: length)
                    if place < length { bytes[place] = 0x0A }
                    if length > 5, place + 5 < length { bytes[place + 5] = 0x0A }
                    let expected = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
                    #expect(Array(SourceFile(path: "a", bytes: bytes).lineStarts) == expected, "length \(length), place \(place)")
                }
            }
        }
    }

    @Test func lineAndColumnAreOneBasedAndCountBytes() {
        let file = SourceFile(path: "a", text: "ab\ncd\né x")
        #expect(file.lineAndColumn(of: 0) == (1, 1))
        #expect(file.lineAndColumn(of: 1) == (1, 2))
        #expect(file.lineAndColumn(of: 2) == (1, 3))
        #expect(file.lineAndColumn(of: 3) == (2, 1))
        #expect(file.lineAndColumn(of: 6) == (3, 1))
        // `é` takes two bytes, so `x` is in column 4.
        #expect(file.lineAndColumn(of: 9) == (3, 4))
    }

    @Test func offsetsOutsideTheFileAreClamped() {
        let file = SourceFile(path: "a", text: "ab\ncd")
        #expect(file.lineAndColumn(of: -5) == (1, 1))
        #expect(file.lineAndColumn(of: 5) == (2, 3))
        #expect(file.lineAndColumn(of: 500) == (2, 3))
    }

    @Test func theEndOfAFileEndingInANewlineIsOnAnEmptyLastLine() {
        let file = SourceFile(path: "a", text: "ab\n")
        #expect(file.lineAndColumn(of: 3) == (2, 1))
        #expect(file.lineBytes(2).isEmpty)
    }

    @Test func lineBytesLeaveOutTheLineTerminator() {
        let file = SourceFile(path: "a", text: "one\r\ntwo\nthree\r")
        #expect(String(decoding: file.lineBytes(1), as: UTF8.self) == "one")
        #expect(String(decoding: file.lineBytes(2), as: UTF8.self) == "two")
        #expect(String(decoding: file.lineBytes(3), as: UTF8.self) == "three")
    }

    @Test func lineBytesOfAMissingLineAreEmpty() {
        let file = SourceFile(path: "a", text: "one")
        #expect(file.lineBytes(0).isEmpty)
        #expect(file.lineBytes(2).isEmpty)
        #expect(file.lineBytes(-1).isEmpty)
    }

    @Test func aLoneCarriageReturnLineIsEmpty() {
        let file = SourceFile(path: "a", text: "\r\nx")
        #expect(file.lineBytes(1).isEmpty)
        #expect(String(decoding: file.lineBytes(2), as: UTF8.self) == "x")
    }

    @Test func textIsDecodedLenientlyAndClamped() {
        let file = SourceFile(path: "a", bytes: [0x61, 0xFF, 0x62])
        #expect(file.text(from: 0, to: 3) == "a\u{FFFD}b")
        #expect(file.text(from: -3, to: 1) == "a")
        #expect(file.text(from: 2, to: 99) == "b")
        #expect(file.text(from: 3, to: 1) == "")
    }

    @Test func aByteOrderMarkIsKeptInTheBytes() {
        let file = SourceFile(path: "a", bytes: [0xEF, 0xBB, 0xBF, 0x61])
        #expect(file.bytes.count == 4)
        #expect(file.lineAndColumn(of: 3) == (1, 4))
    }

    @Test func aLargeFileHasAFullLineTable() {
        let text = String(repeating: "line\n", count: 100_000)
        let file = SourceFile(path: "big", text: text)
        #expect(file.lineStarts.count == 100_001)
        #expect(file.lineAndColumn(of: 5 * 54_321 + 2) == (54_322, 3))
    }
}
