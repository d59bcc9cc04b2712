import Foundation
@testable import StormGenerators
import StormKit
import StormSource
import Testing

/// A model that checks clean generates every format: random models built from names that meet in Swift,
/// Avro or file names (keywords, reserved and nested type names, names differing in case, long names,
/// non-ASCII names) either report an error when checked, or generate every format, the package included,
/// without a generator error and without two files of one path (ignoring case, as macOS does).
struct GenerationChecksPropertyTests {
    /// SplitMix64, so a failure replays from its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
        mutating func pick(_ names: [String]) -> String { names[below(names.count)] }
    }

    static let long = String(repeating: "E", count: 230)
    static let typeNames = ["Trips", "trips", "TRIPS", "Type", "Type_", "Self", "Event", "Command", "Decider", "Policy", "Projection",
                            "InputPort", "OutputPort", "CodingKeys", "Swift", "StormRuntime", "TestCatalog", "Größe", "Gr_u00F6_u00DFe",
                            "運行", "Café", "Scores", "ScoresEvent", "Feed", "feed", long + "A", long + "B", "Ended", "ENDED", "A", "a"]
    static let fieldNames = ["at", "At", "AT", "größe", "gr_u00F6_u00DFe", "Event", "Command", "Decider", "Projection", "class", "self",
                             "init", "_at", "rawValue", "hashValue", "default", "運行", long]

    /// One random model in Storm text.
    static func model(_ random: inout Random) -> String {
        var text = ""
        let contexts = (0..<(1 + random.below(3))).map { _ in random.pick(typeNames) }
        for context in contexts {
            var events: [String] = []
            text += "context \(context) {\n"
            for _ in 0..<(1 + random.below(3)) {
                let event = random.pick(typeNames)
                events.append(event)
                let fields = (0..<random.below(3)).map { _ in "\(random.pick(fieldNames)): Int" + (random.below(4) == 0 ? " @deprecated" : "") }
                text += "  event \(event) v\(1 + random.below(2)) { \(fields.joined(separator: ", ")) }\n"
            }
            if random.below(2) == 0 { text += "  enum \(random.pick(typeNames)) { \(random.pick(fieldNames)), \(random.pick(fieldNames)) }\n" }
            if random.below(2) == 0 {
                let command = random.pick(typeNames)
                text += "  aggregate \(random.pick(typeNames)) {\n    \(random.pick(fieldNames)): Int\n    command \(command) emits \(events[0])\n  }\n"
                text += "  policy \(random.pick(typeNames)): when \(events[random.below(events.count)]) then \(command)\n"
            }
            if random.below(2) == 0 { text += "  read model \(random.pick(typeNames)) from \(events[0]) { \(random.pick(fieldNames)): Int }\n" }
            if random.below(2) == 0 {
                text += "  data product \(random.pick(typeNames)) {\n    input port \(random.pick(fieldNames)) consumes \(events[0])\n"
                text += "    output port \(random.pick(fieldNames)) publishes \(events[events.count - 1])\n  }\n"
            }
            if random.below(3) == 0 { text += "  value \(random.pick(typeNames)) { \(random.pick(fieldNames)): Int, \(random.pick(fieldNames)): Int }\n" }
            text += "}\n"
        }
        return text
    }

    @Test func modelsThatCheckCleanGenerateEveryFormat() {
        var random = Random(state: 2026)
        var clean = 0, refused = 0
        var options = GeneratorOptions()
        options.runtimePackage = "../Storm"
        for round in 0..<400 {
            let text = Self.model(&random)
            let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: Array(text.utf8))], name: "Test")
            if loaded.hasErrors {
                refused += 1
                continue
            }
            clean += 1
            do throws(GeneratorError) {
                let files = try GeneratorRegistry.run(GeneratorRegistry.all + GeneratorRegistry.scaffolds, on: loaded.model, options: options, inFolders: true)
                var seen: [String: String] = [:]
                for file in files {
                    let key = file.path.precomposedStringWithCanonicalMapping.lowercased()
                    #expect(seen[key] == nil, "round \(round): \(file.path) and \(seen[key] ?? "") are one file on macOS, for:\n\(text)")
                    seen[key] = file.path
                    for component in file.path.split(separator: "/") { #expect(component.utf8.count <= 255, "\(file.path)") }
                }
            } catch {
                Issue.record("round \(round): the model checks clean but \(error.id): \(error.message), for:\n\(text)")
            }
        }
        // Both outcomes are exercised often enough to mean something.
        #expect(clean >= 40, "only \(clean) clean models")
        #expect(refused >= 40, "only \(refused) refused models")
    }

    /// Output files are told apart by a hash of their paths first; paths that share a hash (rare) are
    /// compared in full. Given one hash for every path, the checks find the same problems, in the same order.
    @Test func pathsThatShareAHashAreToldApart() {
        var random = Random(state: 2027)
        var collisions = 0
        for round in 0..<600 {
            let text = Self.model(&random)
            let model = ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: Array(text.utf8))], name: "Test").model
            let problems = GenerationChecks.problems(in: model)
            #expect(GenerationChecks.problems(in: model, pathHash: { _ in 0 }) == problems, "round \(round), for:\n\(text)")
            collisions += problems.filter { $0.id == "file-name-collision" }.count
        }
        #expect(collisions >= 20, "only \(collisions) files that meet")
    }
}
