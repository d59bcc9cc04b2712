import StormSupport
import Testing

/// The emitters read text as bytes, eight at a time where nothing needs escaping: a character to escape
/// is found at every offset from a word's boundary, and the words YAML reserves are found in any case.
struct ByteScanningTests {
    /// Characters JSON escapes, with their escapes, and characters it keeps as they are.
    static let jsonCases: [(String, String)] = [
        ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{01}", #"\u0001"#), ("\u{1F}", #"\u001f"#), ("\u{7F}", #"\u007f"#),
        ("\u{85}", #"\u0085"#), ("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#), ("é", "é"), ("\u{A0}", "\u{A0}"), ("~", "~"), (" ", " "),
    ]

    @Test func jsonFindsEveryEscapeAtEveryOffset() {
        for offset in 0..<17 {
            for (character, escaped) in Self.jsonCases {
                let before = String(repeating: "a", count: offset), after = String(repeating: "b", count: 9)
                #expect(JSON.string(before + character + after).renderedCompact() == "\"" + before + escaped + after + "\"",
                        "\(character.unicodeScalars.first!.value) after \(offset) bytes")
            }
        }
    }

    @Test func yamlQuotesNoncharactersAndByteOrderMarksAtEveryOffset() {
        for offset in 0..<9 {
            let before = String(repeating: "a", count: offset)
            for (character, escaped) in [("\u{FFFE}", #"\uFFFE"#), ("\u{FFFF}", #"\uFFFF"#), ("\u{FEFF}", #"\uFEFF"#), ("\u{9F}", #"\u009F"#), ("\u{EFFF}", "\u{EFFF}"), ("\u{FFFD}", "\u{FFFD}")] {
                #expect(YAML.string(before + character + "#").rendered() == "\"" + before + escaped + "#\"\n")
            }
        }
    }

    @Test func yamlQuotesReservedWordsInAnyCaseOnly() {
        for word in ["TRUE", "Off", "Y", "nO", "NULL", "fAlSe", "~"] {
            #expect(YAML.string(word).rendered() == "\"\(word)\"\n")
        }
        for word in ["yess", "nulls", "tru", "offline", "o", "Yesterday"] {
            #expect(YAML.string(word).rendered() == word + "\n")
        }
    }

    @Test func integersAreWrittenAsTheirDecimalDigits() {
        for value in [0, 7, -7, 10, -10, 1_234_567_890, Int.max, Int.min] {
            #expect(JSON.integer(value).renderedCompact() == String(value))
            #expect(YAML.integer(value).rendered() == String(value) + "\n")
        }
    }
}
