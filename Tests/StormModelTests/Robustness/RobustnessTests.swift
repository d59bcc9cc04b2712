import Foundation
import StormDiagnostics
import StormKit
import StormSource
import Testing

/// Hostile inputs named by issue 2: binary garbage, truncated files, deep nesting, a large file, invalid
/// UTF-8, byte-order marks, CRLF line ends and names in any script. Each must load without crashing, with
/// every diagnostic inside its file.
struct RobustnessTests {
    func expectSound(_ files: [(path: String, bytes: [UInt8])], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let problems = RobustnessCheck.problems(in: files, renderJSON: true)
        #expect(problems.isEmpty, "\(problems.prefix(5))", sourceLocation: sourceLocation)
    }

    func load(_ bytes: [UInt8]) -> LoadedModel {
        ModelLoader.load(sources: [SourceFile(path: "input.storm", bytes: bytes)], name: "Robustness")
    }

    @Test func binaryGarbage() {
        var random = SplitMix64(seed: 42)
        for size in [1, 7, 100, 4096, 65536] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
            expectSound([("garbage.bin", bytes)])
        }
    }

    @Test func aLargeBinaryFileReportsAThousandErrorsAndStops() {
        var random = SplitMix64(seed: 7)
        let bytes = (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let loaded = load(bytes)
        let ids = loaded.diagnostics.all.map(\.id)
        #expect(ids.count <= 2 * 1_001)
        #expect(ids.contains("too-many-errors"))
        #expect(loaded.diagnostics.all.last { $0.id == "too-many-errors" }?.message.contains("more not shown") == true)
    }

    @Test func everyByteValueAlone() {
        for value in 0...255 { expectSound([("byte.storm", [UInt8(value)])]) }
    }

    @Test func anEmptyFileIsAnEmptyModel() {
        let loaded = load([])
        #expect(loaded.diagnostics.all.isEmpty)
        #expect(loaded.model.contexts.isEmpty)
    }

    @Test func everyPrefixOfAModelFile() {
        // Truncation at every byte: mid-token, mid-string, mid-escape, mid-UTF-8 sequence.
        let bytes = Array(SeedModel.trips.utf8)
        for end in 0...bytes.count {
            expectSound([("trips.storm", Array(bytes[..<end]))])
        }
    }

    @Test func everySuffixOfAModelFile() {
        let bytes = Array(SeedModel.scoring.utf8)
        for start in 0...bytes.count {
            expectSound([("scoring.storm", Array(bytes[start...]))])
        }
    }

    @Test(arguments: [
        ("", "[", "]", "brackets at the top level"),
        ("", "{", "}", "braces at the top level"),
        ("", "(", ")", "parentheses at the top level"),
        ("", "[{", "}]", "brackets and braces"),
        ("context C { value V { f: ", "[", "]", "a list type"),
        ("context C { value V { f: ", "[String: ", "]", "a map type"),
        ("context C { value V { f: [Int] = ", "[", "]", "a list literal"),
        ("context C { ", "{", "}", "a context"),
        ("context C { value V { ", "{", "}", "a field block"),
        ("context C { aggregate A { command X { f: ", "[", "]", "a command's field"),
        ("context map M { A ", "[", "]", "roles"),
        ("context C { value V { f: Int @deprecated", "(", ")", "annotation arguments"),
    ])
    func nestingOneHundredThousandDeep(prefix: String, open: String, close: String, place: String) {
        let opened = prefix + String(repeating: open, count: 100_000)
        for input in [opened, opened + "Int" + String(repeating: close, count: 100_000)] {
            let bytes = Array(input.utf8)
            let loaded = load(bytes)
            #expect(loaded.hasErrors, "\(place)")
            #expect(loaded.diagnostics.all.count < 10, "\(place): \(loaded.diagnostics.all.count) diagnostics")
            expectSound([("deep.storm", bytes)])
        }
    }

    @Test func deeplyNestedTypesReportNestingOnce() {
        let text = "context C {\n  value V { f: " + String(repeating: "[", count: 100_000) + "Int" + String(repeating: "]", count: 100_000) + " }\n  actor A\n}\n"
        let loaded = load(Array(text.utf8))
        #expect(loaded.diagnostics.all.map(\.id) == ["nesting-too-deep"])
        #expect(loaded.model.context(named: "C")?.actors.map(\.name) == ["A"])
    }

    /// A large model of distinct contexts: `count` contexts of ten events, each with fields of every kind.
    static func largeModel(contexts count: Int) -> [UInt8] {
        var text = ""
        text.reserveCapacity(count * 1_100)
        for c in 0..<count {
            text += "/// Context \(c).\ncontext C\(c) {\n  actor A\n  value V { x: Int = 1, y: [String: Double]? }\n"
            for e in 0..<10 {
                text += "  event E\(e) v2 { id: UUID, at: Timestamp, note: String = \"n\(e)\", v: V, tags: [String] = [] }\n"
            }
            text += "  command Go by A { v: V } emits E0\n  policy P: when C\((c + 1) % count).E1 then Go\n}\n"
        }
        return Array(text.utf8)
    }

    @Test func aLargeFileLoadsCleanlyAndQuickly() {
        // 2 MB here, in a debug build; `.ci/robustness` checks a 50 MB file with a release build.
        let bytes = Self.largeModel(contexts: 2_000)
        #expect(bytes.count > 2_000_000)
        let started = Date()
        let loaded = load(bytes)
        let seconds = Date().timeIntervalSince(started)
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all.prefix(3).map(\.message))")
        #expect(loaded.model.contexts.count == 2_000)
        #expect(loaded.model.flows.count == 2_000)
        #expect(seconds < 20, "loading \(bytes.count) bytes took \(seconds) s")
    }

    @Test func aLargeFileFullOfErrorsStaysSound() {
        // Every line is broken; the diagnostics must stay in the file and rendering must keep up.
        let line = Array("context C { event E v0 { f: Strng = 1 } command K emits Nope } contxt\n".utf8)
        var bytes: [UInt8] = []
        for _ in 0..<2_000 { bytes += line }
        let loaded = load(bytes)
        #expect(loaded.diagnostics.all.count >= 2_000)
        expectSound([("broken.storm", bytes)])
    }

    @Test func invalidUTF8InNamesStringsAndComments() {
        let cases: [[UInt8]] = [
            Array("context C".utf8) + [0xFF] + Array(" {}".utf8),
            Array("context C { vision \"".utf8) + [0xC3, 0x28] + Array("\" }".utf8),
            Array("// comment ".utf8) + [0xED, 0xA0, 0x80] + Array("\ncontext C {}".utf8),
            Array("/// doc ".utf8) + [0xF8, 0x88, 0x80, 0x80, 0x80] + Array("\ncontext C {}".utf8),
            Array("context C { event E { f: String = \"".utf8) + [0xE2, 0x82] + Array("\" } }".utf8),
            Array("context C { actor Ab".utf8) + [0x80, 0x80] + Array("cd }".utf8),
        ]
        for bytes in cases {
            expectSound([("utf8.storm", bytes)])
        }
        #expect(load(cases[0]).diagnostics.all.map(\.id) == ["invalid-utf8"])
        #expect(load(cases[1]).diagnostics.all.map(\.id) == ["invalid-utf8"])
        #expect(load(cases[4]).diagnostics.all.map(\.id) == ["invalid-utf8"])
        // Comments are kept as written; their bytes are not checked.
        #expect(load(cases[2]).diagnostics.all.isEmpty)
        #expect(load(cases[3]).model.contexts.first?.doc.hasPrefix("doc ") == true)
    }

    @Test func theSeedModelChecksCleanWithLFWithCRLFAndWithAByteOrderMark() throws {
        let lf = SeedModel.builtIn.files
        let crlf = lf.map { ($0.path, Array(String(decoding: $0.bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)) }
        let bom = crlf.map { ($0.0, [0xEF, 0xBB, 0xBF] + $0.1) }
        var exports: [String] = []
        for files in [lf, crlf, bom] {
            let loaded = ModelLoader.load(sources: files.map { SourceFile(path: $0.0, bytes: $0.1) }, name: "Seed")
            #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all.map(\.message))")
            exports.append(ModelExport.rendered(loaded.model))
        }
        #expect(exports[1] == exports[0])
        #expect(exports[2] == exports[0])
        #expect(exports[0].contains("\"TripScored\""))
    }

    @Test func namesInAnyScriptResolveAcrossContexts() {
        let text = """
        domain 保険 { subdomain 運行記録: core }
        team Ομάδα { contact "ομάδα@example.com" }
        context 運行 implements 保険.運行記録 {
          owner Ομάδα
          actor Οδηγός
          value Σημείο { πλάτος: Double, μήκος: Double }
          aggregate رحلة {
            command ابدأ by Οδηγός { نقطة: Σημείο } emits بدأت
          }
          event بدأت { نقطة: Σημείο, ملاحظة: String = "🚗 ok 運行 ✓" }
        }
        context Straße {
          read model Fahrten from 運行.بدأت { punkte: [運行.Σημείο] }
          policy Überwachung: when بدأت then Prüfe
          command Prüfe
        }
        context map Karte { 運行 [U, OHS] -> [D, ACL] Straße }
        """
        let loaded = load(Array(text.utf8))
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all.map(\.message))")
        let model = loaded.model
        #expect(model.contexts.map(\.name) == ["運行", "Straße"])
        #expect(model.context(named: "運行")?.subdomain?.name == "運行記録")
        #expect(model.context(named: "運行")?.events.first?.emittedBy == ["ابدأ"])
        #expect(model.context(named: "Straße")?.readModels.first?.fields.first?.type.description == "[運行.Σημείο]")
        #expect(model.flows.map { "\($0.event) -> \($0.consumer)" } == ["運行.بدأت -> Straße", "運行.بدأت -> Straße"])
        #expect(model.relationships.first?.upstream == "運行")
    }

    @Test func aMisspeltNonASCIINameGetsASuggestion() {
        let loaded = load(Array("context 運行 { event 開始 }\ncontext B { read model R from 開使 }".utf8))
        #expect(loaded.diagnostics.all.first?.fixIts.first?.message == "did you mean `開始`?")
    }
}
