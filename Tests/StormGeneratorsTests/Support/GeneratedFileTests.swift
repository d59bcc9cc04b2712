import StormGenerators
import StormSupport
import Testing

/// A generated file's text, whether it was given as a `String` or as the bytes an emitter wrote, reads the
/// same, is written as the same bytes, and makes equal files with equal hashes.
@Suite struct GeneratedFileTests {
    @Test func bothFormsOfTheTextAreOneFile() {
        let text = "{\n  \"title\": \"Zahlungsempfänger · 🚗\"\n}\n"
        let asString = GeneratedFile(path: "Trips/TripEnded.json", contents: text)
        let asBytes = GeneratedFile(path: "Trips/TripEnded.json", text: WrittenText(text))
        #expect(asBytes.contents == text)
        #expect(asBytes.withUTF8 { Array($0) } == Array(text.utf8))
        #expect(asString.withUTF8 { Array($0) } == Array(text.utf8))
        #expect(asString == asBytes)
        #expect(asString.hashValue == asBytes.hashValue)
        #expect(asBytes != GeneratedFile(path: "Trips/TripEnded.json", text: WrittenText(text + " ")))
        #expect(asBytes != GeneratedFile(path: "Trips/TripStarted.json", text: WrittenText(text)))
    }

    @Test func settingTheContentsReplacesTheBytes() {
        var file = GeneratedFile(path: "a.yaml", text: WrittenText("old: text\n"))
        file.contents = "new: text\n"
        #expect(file.contents == "new: text\n")
        #expect(file.withUTF8 { String(decoding: $0, as: UTF8.self) } == "new: text\n")
    }
}
