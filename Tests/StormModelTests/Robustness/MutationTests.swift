import Foundation
import Testing

/// The randomized robustness test of issue 2: the seed model and every model under `Models/`, mutated
/// (bit flips, byte changes, deletions, duplications, truncations, inserted tokens, swapped lines), at
/// least 10,000 inputs, seeded so that any failure replays. No input may crash the front end, and every
/// diagnostic must point inside its file.
///
/// `STORM_FUZZ_COUNT` and `STORM_FUZZ_SEED` run more inputs or others; `STORM_FUZZ_TRACE=PATH` writes
/// each input to `PATH.<worker>` before checking it, so that a crash leaves the input behind.
struct MutationTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["STORM_FUZZ_COUNT"].flatMap(Int.init) ?? 10_000
    static let seed = environment["STORM_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5354_4F52_4D21

    /// One input in `wholeModelEvery` is a whole model with one damaged file; the others are a damaged file
    /// on its own, which costs a tenth as much in a debug build and still reaches the resolver.
    static let wholeModelEvery = 8

    /// The input number `index`: a damaged file, alone or with the rest of its model.
    static func input(_ index: Int, models: [SeedModel.Model]) -> (description: String, files: [(path: String, bytes: [UInt8])]) {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let model = models[index % models.count]
        let target = Int.random(in: 0..<model.files.count, using: &random)
        var mutator = Mutator(random: random)
        var files = model.files
        files[target].bytes = mutator.mutate(files[target].bytes)
        if index % wholeModelEvery == 0 {
            return ("input \(index) (seed \(seed)): \(model.files[target].path) in model \(model.name)", files)
        }
        return ("input \(index) (seed \(seed)): \(model.files[target].path) alone", [files[target]])
    }

    @Test func mutatedModelsNeverCrashAndEveryDiagnosticPointsInsideItsFile() async {
        let models = SeedModel.all()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let trace = Self.environment["STORM_FUZZ_TRACE"]
        let started = Date()
        let failures = await withTaskGroup(of: [String].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var failures: [String] = []
                    for index in stride(from: worker, to: Self.count, by: workers) {
                        let (description, files) = Self.input(index, models: models)
                        if let trace {
                            _ = FileManager.default.createFile(atPath: "\(trace).\(worker)", contents: Data(("// \(description)\n").utf8 + files.flatMap(\.bytes)))
                        }
                        let problems = RobustnessCheck.problems(in: files, renderJSON: index % 16 == 0)
                        if !problems.isEmpty { failures.append("\(description): \(problems.joined(separator: "; "))") }
                    }
                    return failures
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        let seconds = Date().timeIntervalSince(started)
        print("MutationTests: \(Self.count) inputs from \(models.count) models in \(String(format: "%.1f", seconds)) s on \(workers) workers")
        #expect(failures.isEmpty, "\(failures.count) inputs failed, first: \(failures.prefix(5).joined(separator: "\n"))")
        #expect(models.count >= 1)
    }
}
