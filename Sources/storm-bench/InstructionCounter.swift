import Foundation

/// Runs a `stormc` executable under valgrind's callgrind and reads how many instructions it executed.
/// The count is the same on every run whatever else the machine is doing, and unlike time it does not
/// grow when a larger input stops fitting in the caches: it measures the work an algorithm does.
struct InstructionCounter {
    /// The `stormc` executable counted.
    var stormc: String
    /// valgrind, as found on `PATH`.
    var valgrind: String

    /// A counter for `stormc`, or a usage error naming what is missing.
    init(stormc: String) throws(BenchUsageError) {
        guard FileManager.default.isExecutableFile(atPath: stormc) else {
            throw BenchUsageError("--instructions needs a stormc executable, and `\(stormc)` is not one")
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let valgrind = path.split(separator: ":").map({ "\($0)/valgrind" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw BenchUsageError("--instructions needs valgrind, which is not on PATH: install it with `apt-get install valgrind`")
        }
        self.stormc = stormc
        self.valgrind = valgrind
    }

    /// One counted run: the instructions, the exit status, the bytes written to standard output, and
    /// the first 2,000 bytes written to standard error.
    struct Run {
        var instructions: Int
        var status: Int32
        var printed: Int
        var errors: String
    }

    /// Runs `stormc arguments` under callgrind, with its output in files under `work`.
    func run(_ arguments: [String], work: URL) throws -> Run {
        let log = work.appendingPathComponent("valgrind.log"), out = work.appendingPathComponent("stdout"),
            err = work.appendingPathComponent("stderr")
        for file in [log, out, err] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        defer { for file in [log, out, err] { try? FileManager.default.removeItem(at: file) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: valgrind)
        process.arguments = ["--tool=callgrind", "--callgrind-out-file=/dev/null", "--log-file=\(log.path)", stormc] + arguments
        let (output, error) = (try FileHandle(forWritingTo: out), try FileHandle(forWritingTo: err))
        defer { try? output.close(); try? error.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        let report = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        // callgrind ends its report with `==PID== Collected : N`.
        guard let line = report.split(separator: "\n").last(where: { $0.contains("Collected :") }),
              let instructions = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw ScaleError(message: "valgrind did not report an instruction count for `stormc \(arguments.joined(separator: " "))`:\n\(report.suffix(2000))")
        }
        let printed = ((try? FileManager.default.attributesOfItem(atPath: out.path)[.size]) as? Int) ?? 0
        let errors = String(decoding: ((try? Data(contentsOf: err)) ?? Data()).prefix(2000), as: UTF8.self)
        return Run(instructions: instructions, status: process.terminationStatus, printed: printed, errors: errors)
    }
}
