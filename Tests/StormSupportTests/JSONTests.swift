import Foundation
import StormSupport
import Testing

@Test func jsonObjectsRenderWithSortedKeysAndIndentation() {
    let value: JSON = ["b": 1, "a": ["x", true, nil], "c": [:]]
    #expect(value.rendered() == """
    {
      "a": [
        "x",
        true,
        null
      ],
      "b": 1,
      "c": {}
    }

    """)
}

@Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
    let value = JSON.string("say \"hi\"\\\n\t\u{01}é/")
    #expect(value.renderedCompact() == #""say \"hi\"\\\n\t\u0001é/""#)
}

@Test func jsonNumbersKeepTheirText() {
    #expect(JSON.array([.number("99.90"), .integer(-3)]).renderedCompact() == "[99.90,-3]")
}

/// Strings are copied whole where nothing needs escaping and escaped where something does, at any place
/// and length: each renders as JSON that Foundation reads back as the same string.
@Test func jsonStringsOfEveryLengthReadBackAsWritten() throws {
    let specials = ["\"", "\\", "\n", "\u{01}", "\u{7F}", "é", "\u{2028}", "🚗"]
    var texts = (0...20).map { String(repeating: "a", count: $0) }
    for length in [1, 7, 8, 9, 15, 16, 17] {
        for place in 0..<length {
            for special in specials {
                var characters = Array(repeating: "x", count: length)
                characters[place] = special
                texts.append(characters.joined())
            }
        }
    }
    for text in texts {
        let written = JSON.array([.string(text)]).renderedCompact()
        let read = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String]
        #expect(read == [text], "\(written)")
        let plain = !text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\"" || $0 == "\\" || $0.value >= 0x7F }
        if plain { #expect(written == "[\"\(text)\"]") }
    }
}
