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

    /// A run under way: ``start(_:work:)`` begins it, ``finish()`` waits for it and reads its count.
    struct Started {
        let process: Process
        let arguments: [String]
        let files: (log: URL, out: URL, err: URL)
        let handles: (output: FileHandle, error: FileHandle)

        /// Waits for the run to end and reads what it counted; its files are removed.
        func finish() throws -> Run {
            process.waitUntilExit()
            try? handles.output.close()
            try? handles.error.close()
            defer { for file in [files.log, files.out, files.err] { try? FileManager.default.removeItem(at: file) } }
            let report = (try? String(contentsOf: files.log, encoding: .utf8)) ?? ""
            // callgrind ends its report with `==PID== Collected : N`.
            guard let line = report.split(separator: "\n").last(where: { $0.contains("Collected :") }),
                  let instructions = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw ScaleError(message: "valgrind did not report an instruction count for `stormc \(arguments.joined(separator: " "))`:\n\(report.suffix(2000))")
            }
            let printed = ((try? FileManager.default.attributesOfItem(atPath: files.out.path)[.size]) as? Int) ?? 0
            let errors = String(decoding: ((try? Data(contentsOf: files.err)) ?? Data()).prefix(2000), as: UTF8.self)
            return Run(instructions: instructions, status: process.terminationStatus, printed: printed, errors: errors)
        }
    }

    /// Starts `stormc arguments` under callgrind, with its output in files under `work`, and returns at
    /// once: the counts do not depend on what else runs, so runs of their own folders may go side by side.
    func start(_ arguments: [String], work: URL) throws -> Started {
        let log = work.appendingPathComponent("valgrind.log"), out = work.appendingPathComponent("stdout"),
            err = work.appendingPathComponent("stderr")
        for file in [log, out, err] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: valgrind)
        process.arguments = ["--tool=callgrind", "--callgrind-out-file=/dev/null", "--log-file=\(log.path)", stormc] + arguments
        let (output, errors) = (try FileHandle(forWritingTo: out), try FileHandle(forWritingTo: err))
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            try? output.close()
            try? errors.close()
            throw error
        }
        return Started(process: process, arguments: arguments, files: (log, out, err), handles: (output, errors))
    }
}
