import Foundation
import StormCML
import StormSource
import Testing

/// The importer under the mutation test of `check`: the CML corpus of `Tests/Fixtures/CML`, damaged the
/// same ways (seeded, so any failure replays). No input may crash or hang `stormc import cml`, and every
/// diagnostic must point inside its file. `STORM_FUZZ_COUNT` scales it as it does the Storm test.
struct CMLMutationTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/CML")
    static let count = max(1, MutationTests.count / 4)

    /// CML's own structural words, inserted in runs into one input in two (the Storm mutator knows Storm's).
    static let tokens: [String] = [
        "BoundedContext", "ContextMap", "Domain", "Subdomain", "Aggregate", "Module", "Entity", "ValueObject", "DomainEvent",
        "CommandEvent", "enum", "Application", "Flow", "Command", "Event", "aggregateRoot", "implements", "realizes", "contains",
        "type =", "TEAM", "CORE_DOMAIN", "domainVisionStatement =", "- ", "List<", ">", "<", "[U,OHS,PL]", "[D,ACL]", "->", "<-",
        "<->", "Customer-Supplier", "Shared-Kernel", "Partnership", ":", "command", "event", "emits", "triggers", "delegates to",
        "[A -> B]", "X", "O", "+", "^type", "import \"x.cml\"", "/*", "*/", "//", "\"", "{", "}", "\n", "nullable", "def", ";",
    ]

    @Test func mutatedCMLNeverCrashesTheImporterAndEveryDiagnosticPointsInsideItsFile() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".cml") }.sorted()
        let seeds = try names.map { [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent($0))) }
        #expect(seeds.count >= 5)
        var failures: [String] = []
        var untranslatable: [String] = []
        for index in 0..<Self.count {
            var mutator = Mutator(random: SplitMix64(seed: MutationTests.seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
            let target = index % seeds.count
            var bytes = mutator.mutate(seeds[target])
            if index % 2 == 1 {
                var random = SplitMix64(seed: UInt64(index) &* 0xD1B5_4A32_D192_ED03)
                for _ in 0..<Int.random(in: 1...12, using: &random) {
                    let token = Array((Self.tokens.randomElement(using: &random)! + " ").utf8)
                    bytes.insert(contentsOf: token, at: Int.random(in: 0...bytes.count, using: &random))
                }
            }
            let result = CMLImporter.translate([SourceFile(path: names[target], bytes: bytes)])
            if !result.diagnostics.hasErrors, let check = result.stormCheck, untranslatable.count < 5 {
                untranslatable.append("input \(index) (\(names[target])): " + check.diagnostics.all.filter { $0.severity == .error }.map(\.message).joined(separator: "; "))
            }
            for diagnostic in result.diagnostics.all {
                guard let range = diagnostic.range else { continue }
                if range.start < 0 || range.end > bytes.count || range.start > range.end {
                    failures.append("input \(index) (\(names[target])): \(diagnostic.message) at \(range.start)..<\(range.end) of \(bytes.count) bytes")
                }
            }
        }
        print("CMLMutationTests: \(Self.count) inputs; valid CML whose translation does not check: \(untranslatable.joined(separator: "\n"))")
        #expect(failures.isEmpty, "\(failures.count) inputs failed, first: \(failures.prefix(5).joined(separator: "\n"))")
    }
}
