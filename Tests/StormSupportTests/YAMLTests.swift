import Foundation
import StormSupport
import Testing

@Test func yamlMappingsKeepTheirOrderAndNestSequencesOfMappings() {
    let value = YAML.ordered([
        "kind": .string("DataContract"),
        "skipped": nil,
        "schema": .sequence([
            .ordered(["name": .string("TripEnded"), "properties": .sequence([.ordered(["name": .string("tripId"), "required": .bool(true)])])]),
        ]),
        "tags": .sequence([.string("pii"), .integer(3)]),
        "empty": .mapping([]),
        "none": .sequence([]),
    ])
    #expect(value.rendered() == """
    kind: DataContract
    schema:
      - name: TripEnded
        properties:
          - name: tripId
            required: true
    tags:
      - pii
      - 3
    empty: {}
    none: []

    """)
}

@Test func yamlQuotesStringsThatAReaderCouldTakeForSomethingElse() {
    let strings = ["1.0.0", "yes", "No", "null", "~", "", " padded", "trailing ", "a: b", "#hash", "2026-01-01", "-dash", "*star", "@at",
                   "É: x", "a:É", "größe ", "1é", "é#"]
    for text in strings {
        #expect(YAML.string(text).rendered().hasPrefix("\""), "\(text) should be quoted")
    }
    for text in ["TripEnded", "Trips.TripEnded v2", "$ref", "運行", "a/b-c_d@e.f", "A driver's score (v2), fair; right? yes!", "Émile", "size größe"] {
        #expect(YAML.string(text).rendered() == text + "\n")
    }
}

/// Every ASCII character, at every place of strings read eight bytes at a time and one at a time, is judged as
/// the rule says: plain where letters, digits, spaces and the marks `_.-/$@,;'()!?` are, a letter, `_` or `$`
/// first and no space last; quoted otherwise.
@Test func yamlJudgesEveryASCIICharacterAtEveryPlace() {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/$@,;'()!? ".unicodeScalars)
    let starts = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$".unicodeScalars)
    for length in [1, 7, 8, 9, 16, 17, 24] {
        for place in 0..<length {
            for value in UInt8(1)..<0x80 {
                let scalar = Unicode.Scalar(value)
                var characters = Array(repeating: Character("k"), count: length)
                characters[place] = Character(scalar)
                let text = String(characters)
                let plain = allowed.contains(scalar) && (place > 0 || starts.contains(scalar)) && !(place == length - 1 && scalar == " ")
                    && !["y", "n"].contains(text.lowercased())
                #expect(YAML.string(text).rendered().hasPrefix("\"") != plain, "\(text.debugDescription)")
            }
        }
    }
}

@Test func yamlEscapesLineBreaksQuotesAndControlCharacters() {
    let value = YAML.string("say \"hi\"\\\n\t\u{01}\u{2028}é")
    #expect(value.rendered() == #""say \"hi\"\\\n\t\u0001\u2028é""# + "\n")
}

@Test func yamlFromJSONSortsKeys() {
    let json: JSON = ["b": [1, nil], "a": ["x": .number("99.90")]]
    #expect(YAML(json).rendered() == """
    a:
      x: 99.90
    b:
      - 1
      - null

    """)
}

@Test func jsonHeldInYAMLIsWrittenAsItsConversionIs() {
    let json: JSON = [
        "z": [[1, [true, "yes"]], [:], [], ["k": ["deep": .number("1.5"), "": "no"]]],
        "a b": ["x": "null", "é": "größe", "1": nil],
        "empty": [:], "list": [], "plain": "text",
    ]
    let nested = YAML.ordered(["first": .json(json), "second": .sequence([.json(json), .json([]), .json("on")])])
    let converted = YAML.ordered(["first": YAML(json), "second": .sequence([YAML(json), YAML(JSON.array([])), YAML(JSON.string("on"))])])
    #expect(nested.rendered() == converted.rendered())
    #expect(YAML.json(json).rendered() == YAML(json).rendered())
    #expect(YAML.json(json).rendered().contains("\"1\": null"))
}

@Test func yamlNestsSequencesInSequences() {
    let value = YAML.sequence([.sequence([.string("a"), .string("b")]), .bool(false)])
    #expect(value.rendered() == """
    - - a
      - b
    - false

    """)
}

/// Quoted strings are copied whole where nothing needs escaping and escaped where something does, at any
/// place and length: each is written as escaping one character at a time writes it.
@Test func yamlQuotedStringsEscapeAtEveryPlaceAndLength() {
    // A reference of its own, a character at a time: the escapes by name, then by number.
    let named: [Unicode.Scalar: String] = ["\"": #"\""#, "\\": #"\\"#, "\n": #"\n"#, "\r": #"\r"#, "\t": #"\t"#]
    let numbered = Set<UInt32>(0..<0x20).union(0x7F...0x9F).union([0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF])
    func expected(_ text: String) -> String {
        let escaped = text.unicodeScalars.map { scalar in
            named[scalar] ?? (numbered.contains(scalar.value) ? #"\u"# + String(format: "%04X", scalar.value) : String(scalar))
        }
        return "\"" + escaped.joined() + "\""
    }
    let specials = ["\"", "\\", "\n", "\u{01}", "\u{7F}", "\u{85}", "é", "\u{2028}", "\u{FEFF}", "🚗"]
    for length in [1, 6, 7, 8, 9, 15, 16, 17] {
        for place in 0..<length {
            for special in specials {
                var characters = Array(repeating: "x", count: length)
                characters[place] = special
                let text = "#" + characters.joined()
                #expect(YAML.string(text).rendered() == expected(text) + "\n", "\(text.debugDescription)")
            }
        }
    }
}
