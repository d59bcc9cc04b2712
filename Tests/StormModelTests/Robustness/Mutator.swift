/// Damages a file the way editors, transfers and typists do: byte flips, deletions, duplications,
/// truncations, swapped lines and insertions of the language's structural tokens, alone or in runs.
struct Mutator {
    /// What one mutation does, for messages.
    enum Kind: CaseIterable {
        case flipBit, replaceByte, deleteRange, duplicateRange, truncate, insertToken, insertTokens, swapLines
    }

    /// Pieces that matter to the lexer and parser, inserted at random places.
    static let tokens: [[UInt8]] = [
        "{", "}", "[", "]", "(", ")", ":", ",", ".", "=", "?", "@", "%", "->", "<-", "<->", "<", "-", "\"", "\\",
        "//", "///", "\n", "\r\n", "\r", "\t", " ", "context", "context map", "event", "command", "aggregate", "by", "emits",
        "policy", "when", "then", "read model", "from", "data product", "output port", "freshness", "availability",
        "v0", "v2", "-1", "0", "99.9", "99999999999999999999", "5 minutes", "[:]", "null", "@pii", "@deprecated(\"x\")",
        "[U]", "[D, ACL]", "[P]", "[SK]", "Trips.", "Trips.TripEnded", "String", "[String: Int]", "\\u{", "\\u{110000}",
        "\u{FEFF}", "🚗", "運行", "é", "\u{301}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x00], [0xEF, 0xBB, 0xBF]]

    var random: SplitMix64

    /// `bytes` after one to four random mutations.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            apply(Kind.allCases.randomElement(using: &random)!, to: &result)
        }
        return result
    }

    private mutating func position(in bytes: [UInt8]) -> Int { Int.random(in: 0...bytes.count, using: &random) }

    private mutating func apply(_ kind: Kind, to bytes: inout [UInt8]) {
        switch kind {
        case .flipBit:
            guard !bytes.isEmpty else { return }
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
        case .replaceByte:
            guard !bytes.isEmpty else { return }
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        case .deleteRange:
            let start = position(in: bytes)
            let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
            bytes.removeSubrange(start..<end)
        case .duplicateRange:
            let start = position(in: bytes)
            let end = min(bytes.count, start + Int.random(in: 1...256, using: &random))
            let copy = bytes[start..<end]
            bytes.insert(contentsOf: copy, at: position(in: bytes))
        case .truncate:
            bytes.removeSubrange(position(in: bytes)...)
        case .insertToken:
            bytes.insert(contentsOf: Mutator.tokens.randomElement(using: &random)!, at: position(in: bytes))
        case .insertTokens:
            // A run of tokens reaches parser states that single bytes seldom do.
            var run: [UInt8] = []
            for _ in 0..<Int.random(in: 2...40, using: &random) {
                run += Mutator.tokens.randomElement(using: &random)! + [UInt8(ascii: " ")]
            }
            bytes.insert(contentsOf: run, at: position(in: bytes))
        case .swapLines:
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            guard lines.count > 1 else { return }
            lines.swapAt(Int.random(in: 0..<lines.count, using: &random), Int.random(in: 0..<lines.count, using: &random))
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        }
    }
}
