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

    /// A text shorter than a word is judged as one word filled out past its end, and a longer one's last
    /// few bytes as a word overlapping the one before: a character to escape is found at every place of
    /// a text of every length.
    @Test func jsonFindsEveryEscapeAtEveryPlaceOfShortText() {
        for length in 1...17 {
            for place in 0..<length {
                for (character, escaped) in Self.jsonCases {
                    let before = String(repeating: "a", count: place), after = String(repeating: "b", count: length - place - 1)
                    #expect(JSON.string(before + character + after).renderedCompact() == "\"" + before + escaped + after + "\"",
                            "\(character.unicodeScalars.first!.value) at \(place) of \(length)")
                }
            }
        }
    }

    /// Plain text is written between quotes as it is; any other is left to the caller, with nothing written.
    @Test func plainTextIsQuotedAsItIsOrLeftWhole() {
        for length in 0...17 {
            let plain = String(repeating: "x", count: length)
            var buffer = TextBuffer()
            buffer.append("kept ")
            let written = buffer.appendQuotedIfPlain(plain)
            #expect(written)
            #expect(buffer.text == "kept \"\(plain)\"")
            #expect(PlainText.isPlain(plain))
            for place in 0..<length {
                for character in ["\"", "\\", "\u{1F}", "\u{7F}", "\n", "é"] {
                    let text = String(repeating: "x", count: place) + character + String(repeating: "x", count: length - place - 1)
                    var buffer = TextBuffer()
                    buffer.append("kept")
                    let written = buffer.appendQuotedIfPlain(text)
                    #expect(!written, "\(character.unicodeScalars.first!.value) at \(place) of \(length)")
                    #expect(buffer.text == "kept")
                    #expect(!PlainText.isPlain(text))
                }
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
