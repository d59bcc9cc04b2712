import Foundation
import StormKit
import StormReview

/// `storm-bench lsp`: how long `stormc lsp` takes from an edit to the diagnostics, measured from the
/// outside, as an editor sees it.
enum LanguageServerLatencyCommand {
    static let subcommand = BenchSubcommand(name: "lsp", summary: "Time stormc lsp from an edit to its diagnostics",
                                            usage: usage, run: { try run(&$0, console: $1) })

    static let usage = """
        USAGE: storm-bench lsp [PATH...] [--events N] [--fields F] [--edits E] [--stormc FILE]

        Starts `stormc lsp`, opens the first .storm file of each model folder PATH (without PATH, a
        synthetic model of N events, default 20000, of F fields, default 8), then makes E edits
        (default 20), each appending a comment line as one incremental change, the way an editor sends a
        keystroke. For each edit it times, on the wall clock, the wait for the diagnostics of the edited
        file and for those of every file of the model (the server checks the whole folder after each
        edit), then, when the model has review findings, for their publication (the server reviews once
        no message waits). Prints the median, 90th percentile and worst of each, in milliseconds.

        OPTIONS:
          --events N     events of the synthetic model, 1 to 1000000 (not with PATH)
          --fields F     fields per event of the synthetic model, 1 to 1000 (not with PATH)
          --edits E      edits per model, 1 to 1000
          --stormc FILE  the stormc to run (default: the one beside storm-bench)
        """

    static func run(_ options: inout BenchOptions, console: BenchConsole) throws -> Int32 {
        let events = try options.optionalInteger("--events", in: 1...1_000_000)
        let fields = try options.optionalInteger("--fields", in: 1...1000)
        let edits = try options.optionalInteger("--edits", in: 1...1000) ?? 20
        let stormc = try options.value("--stormc")
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("stormc").path
        var folders = options.positionals()
        try options.finish()
        guard folders.isEmpty || (events == nil && fields == nil) else { throw BenchUsageError("give model folders or --events and --fields, not both") }
        guard FileManager.default.isExecutableFile(atPath: stormc) else { throw BenchUsageError("no stormc at \(stormc); build it or give --stormc") }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("storm-bench-lsp-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        if folders.isEmpty {
            let folder = work.appendingPathComponent("Synthetic")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let model = SyntheticModel(events: events ?? 20_000, fields: fields ?? 8)
            try Data(StormRenderer.render(model).utf8).write(to: folder.appendingPathComponent("model.storm"))
            folders = [folder.path]
        }
        var status: Int32 = 0
        for folder in folders {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".storm") }.sorted()
            guard let first = files.first else {
                console.error("error: no .storm files in \(folder)")
                status = 1
                continue
            }
            let path = URL(fileURLWithPath: folder).appendingPathComponent(first).standardizedFileURL.path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let loaded = try ModelLoader.load(paths: [folder])
            let reviewed = !loaded.hasErrors && !Linter().lint(loaded.model).isEmpty
            let session = try LatencySession(stormc: stormc)
            let uri = URL(fileURLWithPath: path).absoluteString
            session.send(["id": 1, "method": "initialize", "params": ["capabilities": [:]]])
            _ = session.waitFor { $0["id"] as? Int == 1 }
            session.send(["method": "initialized", "params": [:]])
            let opened = Date()
            session.send(["method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "languageId": "storm", "version": 0, "text": text]]])
            _ = session.waitForDiagnostics(of: uri, files: files.count)
            if reviewed { _ = session.waitForDiagnostics(of: uri, files: files.count) }
            let open = Date().timeIntervalSince(opened) * 1000

            var lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            var toFile: [Double] = [], toModel: [Double] = [], toReview: [Double] = []
            for edit in 1...edits {
                let end = ["line": lines, "character": 0]
                let started = Date()
                session.send(["method": "textDocument/didChange", "params": [
                    "textDocument": ["uri": uri, "version": edit],
                    "contentChanges": [["range": ["start": end, "end": end], "text": "// edit \(edit)\n"]]]])
                let (file, model) = session.waitForDiagnostics(of: uri, files: files.count)
                toFile.append(file.timeIntervalSince(started) * 1000)
                toModel.append(model.timeIntervalSince(started) * 1000)
                if reviewed { toReview.append(session.waitForDiagnostics(of: uri, files: files.count).model.timeIntervalSince(started) * 1000) }
                lines += 1
            }
            session.close()
            let name = URL(fileURLWithPath: folder).lastPathComponent
            let events = loaded.model.contexts.reduce(0) { $0 + $1.events.count }
            console.print("\(name): \(files.count) files, \(events) events, \(megabytes(text.utf8.count)) in the edited file; open \(format(open)) ms")
            console.print("  edit -> diagnostics of the edited file: \(summary(toFile))")
            console.print("  edit -> diagnostics of every file:      \(summary(toModel))")
            if reviewed { console.print("  edit -> review findings of every file:  \(summary(toReview))") }
        }
        return status
    }

    static func summary(_ values: [Double]) -> String {
        let sorted = values.sorted()
        let median = sorted[sorted.count / 2], p90 = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
        return "median \(format(median)) ms, p90 \(format(p90)) ms, worst \(format(sorted.last!)) ms (\(values.count) edits)"
    }

    static func format(_ milliseconds: Double) -> String { String(format: "%.1f", milliseconds) }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1_000_000) }
}

/// A bare LSP client over pipes to one `stormc lsp`: framed writes, blocking framed reads.
final class LatencySession {
    private let process = Process()
    private let input = Pipe(), output = Pipe()
    private var buffer = Data()

    init(stormc: String) throws {
        process.executableURL = URL(fileURLWithPath: stormc)
        process.arguments = ["lsp"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func send(_ message: [String: Any]) {
        var object = message
        object["jsonrpc"] = "2.0"
        let body = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// Reads messages until one satisfies `matches`; nil when the server ends first.
    func waitFor(_ matches: ([String: Any]) -> Bool) -> [String: Any]? {
        while true {
            while let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[..<headerEnd.lowerBound], as: UTF8.self)
                guard let length = header.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                      buffer.distance(from: headerEnd.upperBound, to: buffer.endIndex) >= length else { break }
                let body = buffer[headerEnd.upperBound..<buffer.index(headerEnd.upperBound, offsetBy: length)]
                let message = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
                buffer = Data(buffer[buffer.index(headerEnd.upperBound, offsetBy: length)...])
                if let message, matches(message) { return message }
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    /// Waits for one publication per file of the model; returns when the edited file's and the last came.
    func waitForDiagnostics(of uri: String, files: Int) -> (file: Date, model: Date) {
        var fileTime: Date?
        for _ in 0..<files {
            guard let message = waitFor({ $0["method"] as? String == "textDocument/publishDiagnostics" }) else { break }
            if (message["params"] as? [String: Any])?["uri"] as? String == uri { fileTime = Date() }
        }
        let now = Date()
        return (fileTime ?? now, now)
    }

    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
