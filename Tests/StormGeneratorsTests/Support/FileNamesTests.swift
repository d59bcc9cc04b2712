import StormGenerators
import Testing

/// Model names become file names every file system takes, and no two names one file.
struct FileNamesTests {
    @Test func plainNamesAreTheirOwnFileNames() {
        #expect(FileNames.component("TripEnded", suffix: ".v1.schema.json") == "TripEnded.v1.schema.json")
        #expect(FileNames.component("運行", suffix: ".avsc") == "運行.avsc")
        #expect(FileNames.component("a/b\\c\u{0}d") == "a_b_c_d")
        #expect(FileNames.component("..") == "_..")
        #expect(FileNames.component("") == "_")
        #expect(FileNames.path("Trips", "events", "E.v1.schema.json") == "Trips/events/E.v1.schema.json")
    }

    @Test func longNamesAreCutWithAHashOfTheWholeNameAndKeepTheirSuffix() {
        let long = String(repeating: "E", count: 250)
        let a = FileNames.component(long + "A", suffix: ".v1.schema.json")
        let b = FileNames.component(long + "B", suffix: ".v1.schema.json")
        #expect(a != b)
        #expect(a.utf8.count <= FileNames.maximumLength && b.utf8.count <= FileNames.maximumLength)
        #expect(a.hasSuffix(".v1.schema.json") && a.hasPrefix(String(repeating: "E", count: 150)))
        // The hash is of the name alone, stable across runs: 32-bit FNV-1a, 8 hexadecimal digits.
        #expect(a == FileNames.component(long + "A", suffix: ".v1.schema.json"))
        #expect(a.dropLast(".v1.schema.json".count).suffix(9).first == "-")
        #expect(FileNames.component(long + "A", suffix: ".avsc").dropLast(5).suffix(8) == a.dropLast(15).suffix(8))
    }

    @Test func multiByteNamesAreCutAtCharacterBoundariesByBytes() {
        let name = String(repeating: "運", count: 86)  // 258 bytes
        let file = FileNames.component(name, suffix: ".asyncapi.yaml")
        #expect(file.utf8.count <= FileNames.maximumLength)
        #expect(file.hasSuffix(".asyncapi.yaml"))
        #expect(file.unicodeScalars.allSatisfy { $0 == "運" || $0.isASCII })
        // Just under the limit: kept whole.
        let short = String(repeating: "運", count: 50)
        #expect(FileNames.component(short, suffix: ".avsc") == short + ".avsc")
    }
}
