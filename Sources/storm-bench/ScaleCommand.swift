import Foundation
import StormCommandLine

/// `storm-bench scale`: doubles each input dimension in turn and prints how much longer each `stormc`
/// command takes, so that an algorithm quadratic in any dimension shows as a ratio near 4 instead of 2.
enum ScaleCommand {
    static let subcommand = BenchSubcommand(name: "scale", summary: "Double each input dimension and print the time ratios of stormc's commands",
                                            usage: usage, run: { try run(&$0, console: $1) })

    static let usage = """
        USAGE: storm-bench scale [--dimension NAME,...] [--min-ms M] [--runs R] [--bar B] [--instructions STORMC]

        For each input dimension (fields per record, enum cases, contexts, files, relationships, errors
        of each kind, line length, nesting depth, …), writes a model that grows in that dimension only,
        and for each command the dimension reaches (check, generate all, lint, fmt --check, map
        --view big-picture) doubles its size until the command takes at least M milliseconds (default
        50), then times it at that size n and at 2n, and prints time(2n) / time(n). Linear work gives
        about 2; quadratic work about 4. The commands run in this process,
        through the same code as the `stormc` executable (StormCommandLine), with their output
        discarded; each time is the least user CPU time of R runs (default 3): the kernel's time for
        creating files varies too much on a shared machine to compare. In nesting depth, where the
        output itself grows faster than the input (pretty-printed schemas indent each level, so their
        bytes grow with the square of the depth), the ratio is divided by how much faster, and marked
        `*`: the work per byte written is what must stay linear. A command with a ratio above B (default
        2.5) is judged again. With --instructions, by the instructions the STORMC executable runs under
        valgrind at n/2, n and 2n, marked `i`: those from n to 2n divided by those from n/2 to n, which is
        2 for linear work whatever its fixed cost and 4 for quadratic work. Counts are the same on every
        run and blind to caches, which make a large input slower per item on a busy machine without any
        more work. Without it, the whole dimension is measured a second time, at sizes where a run takes
        4M milliseconds, each command keeping its lower ratio. Exits with 1 when a ratio is still above B.

        OPTIONS:
          --dimension NAMES   only these dimensions (comma-separated; a part of a name is enough)
          --min-ms M          the least time of a measured run, 1 to 10000 milliseconds
          --runs R            runs per measurement, 1 to 20
          --bar B             the highest acceptable ratio, 1 to 10
          --instructions STORMC
                              judge ratios above the bar by instruction counts of this stormc (valgrind)
          --verbose           print every measurement on standard error
        """

    static func run(_ options: inout BenchOptions, console: BenchConsole) throws -> Int32 {
        let filter = try options.value("--dimension").map { $0.split(separator: ",").map { $0.lowercased() } }
        let minimum = Double(try options.optionalInteger("--min-ms", in: 1...10_000) ?? 50) / 1000
        let runs = try options.optionalInteger("--runs", in: 1...20) ?? 3
        let barText = try options.value("--bar") ?? "2.5"
        let verbose = options.flag("--verbose")
        let counter = try options.value("--instructions").map { path throws(BenchUsageError) in try InstructionCounter(stormc: path) }
        try options.finish()
        guard let bar = Double(barText), (1...10).contains(bar) else { throw BenchUsageError("--bar must be a number from 1 to 10, not `\(barText)`") }
        let dimensions = ScaleDimension.dimensions.filter { dimension in
            filter.map { $0.contains { dimension.name.lowercased().contains($0) } } ?? true
        }
        guard !dimensions.isEmpty else {
            throw BenchUsageError("no dimension matches; the dimensions are: \(ScaleDimension.dimensions.map(\.name).joined(separator: ", "))")
        }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("storm-bench-scale-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let scaler = Scaler(work: work, minimum: minimum, runs: runs, trace: verbose ? { console.error($0) } : nil)
        console.print("User CPU time of each command, in this process, least of \(runs) runs; n is the size where the command first takes")
        console.print("at least \(Int(minimum * 1000)) ms; each cell is time(2n) / time(n), then n. Bar: \(barText).")
        console.print(ScaleTable.header)
        var worst: (ratio: Double, place: String)?
        var notes: [String] = []
        for dimension in dimensions {
            var results = try scaler.measure(dimension)
            // A busy machine gives single high ratios, and so do caches a large input no longer fits
            // in; a quadratic gives them every time, and higher the larger the input. So a command above
            // the bar is judged by the instructions it runs, when a counter is given. Otherwise its
            // dimension is measured once more, at sizes where each run takes four times as long (the
            // noise of a shared machine weighs less there), and each command keeps its lower ratio.
            if let counter {
                for (command, result) in results where result.ratio > bar {
                    results[command]?.counted = try scaler.count(command, dimension, result.size, result.breadth, with: counter)
                }
            } else if results.values.contains(where: { $0.ratio > bar }) {
                for (command, again) in try scaler.longer().measure(dimension) where again.ratio < results[command]!.ratio {
                    results[command] = again
                }
            }
            console.print(ScaleTable.row(dimension.name, results))
            for result in results.values.sorted(by: { $0.command.rawValue < $1.command.rawValue }) {
                let place = "\(dimension.name), \(result.command.heading)"
                if let counted = result.counted {
                    notes.append(String(format: "i %@: user time grew %.2fx from n=%d; instructions at n/2, n and 2n: %@",
                                        place, result.timeRatio, result.size, counted.counts.map(String.init).joined(separator: ", ")))
                }
                if result.isNormalised {
                    notes.append(String(format: "* %@: the output grew %.2fx; %@ grew %.2fx", place, result.growth.output,
                                        result.counted == nil ? "time" : "instructions", result.growth.work))
                }
            }
            for result in results.values where result.ratio > (worst?.ratio ?? 0) {
                worst = (result.ratio, "\(dimension.name), \(result.command.heading)")
            }
        }
        notes.forEach { console.print($0) }
        guard let worst else { return 0 }
        let verdict = String(format: "highest ratio %.2f (%@)", worst.ratio, worst.place)
        if worst.ratio > bar {
            console.error("error: \(verdict) is above \(barText): something grows faster than linearly")
            return 1
        }
        console.print("\(verdict): every ratio is at most \(barText)")
        return 0
    }
}

/// The time of one command at sizes n and 2n of one dimension, and the bytes it wrote.
struct ScaleResult {
    var command: ScaleCommandKind
    var size: Int
    /// How many times the model is repeated (dimensions with a ``ScaleDimension/limit``), else 1.
    var breadth = 1
    var time: Measurement
    var doubled: Measurement
    /// time(2n) / time(n).
    var timeRatio: Double { doubled.time / max(time.time, 1e-9) }
    /// output(2n) / output(n).
    var outputGrowth: Double { Double(doubled.output) / Double(max(time.output, 1)) }
    /// Whether the dimension's output may grow faster than its input (``ScaleDimension/outputGrowsFaster``).
    var outputMayGrowFaster: Bool
    /// The instruction counts that judge the command instead of its times, when they were taken.
    var counted: InstructionGrowth?
    /// How the work and the output grew when the size doubled: by instructions where counted, else by time.
    var growth: (work: Double, output: Double) { counted.map { ($0.work, $0.output) } ?? (timeRatio, outputGrowth) }
    /// Whether the output grew clearly faster than the input where it may, so the ratio is per byte written.
    var isNormalised: Bool { outputMayGrowFaster && growth.output > 2.2 }
    /// The growth of the work, divided by the output's growth beyond doubling where it grew faster than the input.
    var ratio: Double { isNormalised ? growth.work / (growth.output / 2) : growth.work }
}

/// The instructions of one command at sizes n/2, n and 2n of a dimension, and the bytes it wrote.
struct InstructionGrowth {
    var counts: [Int]
    var outputs: [Int]
    /// The instructions from n to 2n over those from n/2 to n: 2 for linear work whatever it costs to
    /// start, 4 for quadratic work.
    var work: Double { Self.growth(counts) }
    /// The same for the bytes written.
    var output: Double { Self.growth(outputs) }

    private static func growth(_ values: [Int]) -> Double {
        let (first, second) = (values[1] - values[0], values[2] - values[1])
        return first > 0 ? Double(second) / Double(first) : (second > 0 ? .infinity : 1)
    }
}

/// One timed command: its least user CPU time, and the bytes it wrote (files and standard output).
struct Measurement {
    var time: Double
    var output: Int
}

/// Writes the models of a dimension and times the commands on them.
struct Scaler {
    var work: URL
    var minimum: Double
    var runs: Int
    /// Where each measurement is reported as it is taken, if anywhere.
    var trace: ((String) -> Void)?
    /// The most doublings in a search for a long enough run.
    private let maximumDoublings = 24

    /// The same measurements, at sizes where a run takes four times as long.
    func longer() -> Scaler {
        Scaler(work: work, minimum: minimum * 4, runs: runs, trace: trace)
    }

    /// The results of every command the dimension reaches, by command.
    func measure(_ dimension: ScaleDimension) throws -> [ScaleCommandKind: ScaleResult] {
        defer { try? FileManager.default.removeItem(at: work) }
        // Each command is doubled from the dimension's start until it takes long enough. Dimensions
        // with a limit keep n and repeat the whole model instead.
        var results: [ScaleCommandKind: ScaleResult] = [:]
        for command in dimension.commands {
            var (size, breadth) = (dimension.start, 1)
            func grow() {
                if dimension.limit != nil { breadth *= 2 } else { size *= 2 }
            }
            var time = try self.time(command, dimension, size, breadth)
            var doublings = 0
            while time.time < minimum, doublings < maximumDoublings {
                grow()
                doublings += 1
                time = try self.time(command, dimension, size, breadth)
            }
            let doubled = try self.time(command, dimension, size * 2, breadth)
            results[command] = ScaleResult(command: command, size: size, breadth: breadth, time: time, doubled: doubled,
                                           outputMayGrowFaster: dimension.outputGrowsFaster)
        }
        return results
    }

    /// The least CPU time of `runs` runs of `command` on the dimension's model at size `n`, and the bytes
    /// of the last run's output.
    private func time(_ command: ScaleCommandKind, _ dimension: ScaleDimension, _ n: Int, _ breadth: Int) throws -> Measurement {
        let model = try self.model(dimension, n, breadth)
        var run = 0
        var printed = 0
        var out: URL { work.appendingPathComponent("out-\(run)") }
        let (timing, failure) = Timing.best(of: runs, prepare: {
            try? FileManager.default.removeItem(at: out)
            run += 1
            printed = 0
        }) { () -> String? in
            var errors = ""
            let console = Console(out: { printed += $0.utf8.count }, error: { if errors.utf8.count < 2000 { errors += $0 } })
            let status = StormCommandLine.run(command.arguments(model: model.path, out: out.path), console: console)
            return Self.expected(command, hasErrors: dimension.hasErrors).contains(status) ? nil : "exit status \(status)\n\(errors.prefix(2000))"
        }
        let output = printed + Self.bytes(under: out)
        try? FileManager.default.removeItem(at: out)
        trace?(String(format: "%@, %@, n=%d×%d: %.1f ms, %d bytes out", dimension.name, command.heading, n, breadth, timing.user * 1000, output))
        if let failure {
            throw ScaleError(message: "`stormc \(command.arguments(model: model.path, out: out.path).joined(separator: " "))` on \(dimension.name) at \(n): \(failure)")
        }
        return Measurement(time: timing.user, output: output)
    }

    /// The instructions `command` runs on the dimension's model at sizes n/2, n and 2n, by `counter`. The
    /// three runs go side by side, each in a folder of its own: under valgrind the largest alone takes
    /// longer than the two others together, so on two cores this takes about half as long as one by one.
    func count(_ command: ScaleCommandKind, _ dimension: ScaleDimension, _ n: Int, _ breadth: Int,
               with counter: InstructionCounter) throws -> InstructionGrowth {
        defer { try? FileManager.default.removeItem(at: work) }
        var started: [(size: Int, arguments: [String], out: URL, run: InstructionCounter.Started)] = []
        // Runs already started are waited for even when a later one cannot start, so none outlives this.
        defer { for run in started { _ = try? run.run.finish() } }
        for size in [n / 2, n, n * 2] {
            let model = try self.model(dimension, size, breadth), out = work.appendingPathComponent("out-counted-\(size)"),
                folder = work.appendingPathComponent("counted-\(size)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let arguments = command.arguments(model: model.path, out: out.path)
            started.append((size, arguments, out, try counter.start(arguments, work: folder)))
        }
        var growth = InstructionGrowth(counts: [], outputs: [])
        while !started.isEmpty {
            let (size, arguments, out, pending) = started.removeFirst()
            let run = try pending.finish()
            let output = run.printed + Self.bytes(under: out)
            try? FileManager.default.removeItem(at: out)
            trace?("\(dimension.name), \(command.heading), n=\(size)×\(breadth): \(run.instructions) instructions, \(output) bytes out")
            guard Self.expected(command, hasErrors: dimension.hasErrors).contains(run.status) else {
                throw ScaleError(message: "`stormc \(arguments.joined(separator: " "))` on \(dimension.name) at \(size): exit status \(run.status)\n\(run.errors)")
            }
            growth.counts.append(run.instructions)
            growth.outputs.append(output)
        }
        return growth
    }

    /// The folder of the dimension's model at size `n`, written when it is not there yet.
    private func model(_ dimension: ScaleDimension, _ n: Int, _ breadth: Int) throws -> URL {
        let model = work.appendingPathComponent("model-\(n)-\(breadth)")
        if !FileManager.default.fileExists(atPath: model.path) {
            try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
            for (name, text) in dimension.files(n, breadth) {
                try Data(text.utf8).write(to: model.appendingPathComponent(name))
            }
        }
        return model
    }

    /// The bytes of every file under `folder` (none when it does not exist).
    private static func bytes(under folder: URL) -> Int {
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey]) else { return 0 }
        return files.reduce(0) { total, file in
            total + (((try? (file as? URL)?.resourceValues(forKeys: [.fileSizeKey]))?.fileSize) ?? 0)
        }
    }

    /// The exit statuses that mean the command did its work on the dimension's model.
    private static func expected(_ command: ScaleCommandKind, hasErrors: Bool) -> Set<Int32> {
        switch command {
        case .check: hasErrors ? [1] : [0]
        case .fmt, .lint: [0, 1]
        case .generate, .map: [0]
        }
    }
}

/// A command that did not do what the dimension expects of it (a model meant to be valid has errors).
struct ScaleError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The table `storm-bench scale` prints: a row per dimension, a column per command.
enum ScaleTable {
    private static let nameWidth = 24
    private static let cellWidth = 17

    static var header: String {
        "dimension".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            + ScaleCommandKind.allCases.map { $0.heading.padding(toLength: cellWidth, withPad: " ", startingAt: 0) }.joined()
    }

    /// A row: `2.03 n=6400` per command the dimension reaches (`2.03i` when judged by instructions,
    /// `2.03*` when divided by the output's growth), `-` for the others.
    static func row(_ name: String, _ results: [ScaleCommandKind: ScaleResult]) -> String {
        let cells = ScaleCommandKind.allCases.map { command in
            let cell = results[command].map {
                String(format: "%.2f%@%@ n=%d", $0.ratio, $0.counted == nil ? "" : "i", $0.isNormalised ? "*" : "", $0.size)
            } ?? "-"
            return cell.padding(toLength: cellWidth, withPad: " ", startingAt: 0)
        }
        return (name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + cells.joined()).trimmingCharacters(in: .whitespaces)
    }
}
