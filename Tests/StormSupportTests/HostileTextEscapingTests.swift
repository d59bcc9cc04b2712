import StormSupport
import Testing

/// Every kind of line break, NUL, C1 controls and noncharacters are escaped in JSON and YAML strings, so
/// a string always ends where the emitter ends it and every reader takes it.
struct HostileTextEscapingTests {
    static let hostile = "a\rb\r\nc\u{85}d\u{2028}e\u{2029}f\u{0}g\u{7F}h\u{9F}i\u{FFFF}j\u{FEFF}k\"l\\m"

    @Test func jsonEscapesControlCharactersAndSeparators() {
        #expect(JSON.string(Self.hostile).rendered() == #""a\rb\r\nc\u0085d\u2028e\u2029f\u0000g\u007fh\u009fi"# + "\u{FFFF}j\u{FEFF}k" + #"\"l\\m""# + "\n")
    }

    @Test func yamlEscapesControlCharactersSeparatorsAndNoncharacters() {
        let rendered = YAML.string(Self.hostile).rendered()
        #expect(rendered == #""a\rb\r\nc\u0085d\u2028e\u2029f\u0000g\u007Fh\u009Fi\uFFFFj\uFEFFk\"l\\m""# + "\n")
    }
}
