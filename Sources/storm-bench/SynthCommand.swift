import Foundation

/// `storm-bench synth`: writes a synthetic model and its Protocol Buffers equivalent, so `stormc` and
/// `protoc` can be timed on the same work.
enum SynthCommand {
    static let subcommand = BenchSubcommand(name: "synth", summary: "Write a synthetic model.storm and the equivalent model.proto",
                                            usage: usage, run: { try run(&$0, console: $1) })

    static let usage = """
        USAGE: storm-bench synth --events N --fields F --out DIR

        Writes DIR/model.storm, a deterministic model of N events in contexts of 100 events, each event
        with F fields of mixed types, and DIR/model.proto, the same events as proto3 messages.
        The model is laid out as `stormc fmt` writes it; --events 20000 --fields 8 gives about 4.4 MB.

        OPTIONS:
          --events N   number of events, 1 to 10000000
          --fields F   fields per event, 1 to 1000
          --out DIR    output folder, created if missing
        """

    static func run(_ options: inout BenchOptions, console: BenchConsole) throws -> Int32 {
        let events = try options.integer("--events", in: 1...10_000_000)
        let fields = try options.integer("--fields", in: 1...1000)
        let directory = try options.required("--out")
        try options.finish()

        let model = SyntheticModel(events: events, fields: fields)
        let outputs = [("model.storm", StormRenderer.render(model)), ("model.proto", ProtoRenderer.render(model))]
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (file, text) in outputs {
                let url = folder.appendingPathComponent(file)
                try Data(text.utf8).write(to: url)
                console.print("wrote \(url.path) (\(megabytes(text.utf8.count)), \(model.contexts.count) contexts, \(events) events, \(fields) fields each)")
            }
        } catch {
            console.error("error: cannot write to \(directory): \(error.localizedDescription)")
            return 1
        }
        return 0
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
