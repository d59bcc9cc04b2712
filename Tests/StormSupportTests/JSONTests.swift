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
