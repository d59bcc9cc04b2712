import Foundation
import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// Formatting keeps its promises on inputs nobody would write: mutants of the bundled models that still parse.
@Suite struct FormatFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    static let insertions = ["\n", " ", ",", "// note\n", "/// doc\n", " // end\n", "@pii ", "@deprecated(\"x\") ", "\n\n", "\t", "\r\n"]

    /// One mutation: join lines, insert trivia or annotations, delete or duplicate a line, delete a byte.
    static func mutate(_ bytes: [UInt8], _ random: inout Generator) -> [UInt8] {
        var bytes = bytes
        guard !bytes.isEmpty else { return bytes }
        let position = random.below(bytes.count)
        switch random.below(5) {
        case 4:
            bytes.remove(at: position)
        case 0:
            if let newline = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) { bytes[newline] = UInt8(ascii: " ") }
        case 1:
            let text = insertions[random.below(insertions.count)]
            bytes.insert(contentsOf: Array(text.utf8), at: position)
        case 2:
            let start = bytes[..<position].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            bytes.removeSubrange(start..<end)
        default:
            let start = bytes[..<position].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            bytes.insert(contentsOf: Array(bytes[start..<end]), at: start)
        }
        return bytes
    }

    /// 200 mutants by default; `STORM_FMT_FUZZ=N` runs N.
    @Test func mutantsThatParseRoundTrip() throws {
        let models = try FormatRoundTripTests.modelFiles()
        var random = Generator(state: 2026)
        var parsed = 0
        for round in 0..<Int(ProcessInfo.processInfo.environment["STORM_FMT_FUZZ"] ?? "200")! {
            let model = models[round % models.count]
            var bytes = model.bytes
            for _ in 0..<(1 + random.below(4)) { bytes = FormatFuzzTests.mutate(bytes, &random) }
            let source = SourceFile(path: model.path, bytes: bytes)
            var diagnostics = DiagnosticList()
            let syntax = Parser.parse(source, id: FileID(0), diagnostics: &diagnostics)
            guard !diagnostics.hasErrors else { continue }
            parsed += 1
            let text = String(decoding: bytes, as: UTF8.self)
            let output = StormFormatter.format(syntax, source: source)
            let again = FormatTestSupport.format(output)
            if again != output {
                Issue.record("round \(round), \(model.path): not idempotent\n\(FormatTestSupport.firstDifference(output, again))")
            }
            FormatTestSupport.expectSameMeaning(text, output)
            #expect(FormatTestSupport.commentCount(output) == FormatTestSupport.commentCount(text), "round \(round): a comment was lost")
        }
        #expect(parsed > 50)
    }
}
