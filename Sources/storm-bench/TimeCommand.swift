import Foundation
import StormGenerators
import StormKit

/// `storm-bench time`: `stormc check` and `stormc generate swift` timed in this process through
/// StormKit, on a model given by path or on a synthetic one, with the ratio of the two.
enum TimeCommand {
    static let subcommand = BenchSubcommand(name: "time", summary: "Time check and generate swift on a model, in process",
                                            usage: usage, run: { try run(&$0, console: $1) })

    static let usage = """
        USAGE: storm-bench time [PATH] [--events N] [--fields F] [--runs R]

        Times what `stormc check PATH` and `stormc generate swift PATH --out DIR` do, in this process
        through StormKit: loading the model (reading, parsing, resolving), then for generate the Swift
        files and their writing. PATH is a .storm file or a folder; without it, a synthetic model of N
        events (default 20000) of F fields (default 8) is written to a temporary folder first, as
        `storm-bench synth` writes it. Each measurement is the best of R runs (default 5), wall-clock and
        CPU time (all threads) taken separately. Generate writes into an empty folder each run, then once
        more R runs into the filled folder, where every file is unchanged and so only compared.

        OPTIONS:
          --events N   events of the synthetic model, 1 to 1000000 (not with PATH)
          --fields F   fields per event of the synthetic model, 1 to 1000 (not with PATH)
          --runs R     runs per measurement, 1 to 100
        """

    static func run(_ options: inout BenchOptions, console: BenchConsole) throws -> Int32 {
        let events = try options.optionalInteger("--events", in: 1...1_000_000)
        let fields = try options.optionalInteger("--fields", in: 1...1000)
        let runs = try options.optionalInteger("--runs", in: 1...100) ?? 5
        let paths = options.positionals()
        try options.finish()
        guard paths.count <= 1 else { throw BenchUsageError("give one model PATH, not \(paths.count)") }
        guard paths.isEmpty || (events == nil && fields == nil) else { throw BenchUsageError("give a model PATH or --events and --fields, not both") }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("storm-bench-time-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let model: String
        if let path = paths.first {
            model = path
        } else {
            let synthetic = SyntheticModel(events: events ?? 20_000, fields: fields ?? 8)
            let folder = work.appendingPathComponent("model")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            model = folder.appendingPathComponent("model.storm").path
            try Data(StormRenderer.render(synthetic).utf8).write(to: URL(fileURLWithPath: model))
        }
        let swift = GeneratorRegistry.named("swift")!

        let (check, loaded) = try Timing.best(of: runs) { try ModelLoader.load(paths: [model]) }
        let stats = loaded.model.contexts.reduce(into: (contexts: 0, events: 0)) { $0.contexts += 1; $0.events += $1.events.count }
        console.print("model: \(model) (\(megabytes(loaded.sources.files.reduce(0) { $0 + $1.bytes.count })), \(stats.contexts) contexts, \(stats.events) events)")
        if loaded.hasErrors {
            console.error("error: the model has errors; `stormc check \(model)` shows them")
            return 1
        }
        func generate(into out: String) throws -> OutputWriter.Summary {
            let loaded = try ModelLoader.load(paths: [model])
            let output = StagedOutput(to: out)
            try GeneratorRegistry.run([swift], on: loaded.model, options: GeneratorOptions(), inFolders: false) { output.stage($0) }
            return try output.commit()
        }
        // A new folder for each run: one emptied just before would make the file system look for inodes
        // other than those it has just freed, which a user's first run does not pay.
        var run = 0
        let (fresh, written) = try Timing.best(of: runs, prepare: { run += 1 }) { try generate(into: work.appendingPathComponent("out-\(run)").path) }
        let (unchanged, _) = try Timing.best(of: runs) { try generate(into: work.appendingPathComponent("out-1").path) }
        let bytes = written.written.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }

        console.print("best of \(runs) runs; CPU time is every thread's, user and system")
        console.print(row("", "wall (s)", "CPU (s)"))
        console.print(row("check", seconds(check.wall), seconds(check.cpu)))
        console.print(row("generate swift", seconds(fresh.wall), seconds(fresh.cpu)) + "   \(written.written.count) files, \(megabytes(bytes)) written")
        console.print(row("generate swift, unchanged", seconds(unchanged.wall), seconds(unchanged.cpu)) + "   files compared, none written")
        console.print(row("generate / check", ratio(fresh.wall, check.wall), ratio(fresh.cpu, check.cpu)))
        console.print(row("unchanged / check", ratio(unchanged.wall, check.wall), ratio(unchanged.cpu, check.cpu)))
        return 0
    }

    private static func row(_ label: String, _ wall: String, _ cpu: String) -> String {
        label.padding(toLength: 26, withPad: " ", startingAt: 0) + pad(wall) + pad(cpu)
    }

    private static func pad(_ text: String) -> String { String(repeating: " ", count: max(0, 10 - text.count)) + text }
    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
    private static func ratio(_ value: Double, _ base: Double) -> String { String(format: "%.2fx", value / base) }
    private static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
}
