import Foundation
import Testing

/// The real Mermaid renderer: `mermaidx` (PyPI), which runs Mermaid 11 in an embedded JavaScript engine.
/// A test that needs it skips with a message naming it when it is absent, and fails when
/// `STORM_REQUIRE_TOOLS=1`. Install it with `python3 -m pip install mermaidx`.
enum Mermaidx {
    /// Renders each diagram to SVG, two at a time, in one Python process; reads JSON
    /// `[{"name", "source"}]` on standard input and prints one JSON line per diagram.
    private static let script = #"""
    import json, multiprocessing, sys

    def render(item):
        import mermaidx
        try:
            svg = mermaidx.render(item["source"]).svg()
        except Exception as error:
            return {"name": item["name"], "error": str(error)}
        if "Syntax error in text" in svg or 'aria-roledescription="error"' in svg:
            return {"name": item["name"], "error": "Mermaid drew its error picture"}
        return {"name": item["name"], "error": None, "svg": svg}

    if __name__ == "__main__":
        items = json.load(sys.stdin)
        with multiprocessing.get_context("spawn").Pool(min(2, len(items))) as pool:
            for result in pool.imap(render, items):
                print(json.dumps(result), flush=True)
    """#

    /// What Mermaid made of one diagram: the SVG, or its error message.
    struct Rendering {
        var name: String
        var error: String?
        var svg: String
    }

    /// Whether `python3` can import `mermaidx`; when not, says so (or records an issue under
    /// `STORM_REQUIRE_TOOLS=1`).
    static func available() -> Bool {
        if (try? run(["-c", "import mermaidx"], input: Data()))?.status == 0 { return true }
        let message = "mermaidx (the Mermaid renderer, `python3 -m pip install mermaidx`) is missing"
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(message), and STORM_REQUIRE_TOOLS=1 forbids skipping")
        } else {
            print("skipped: \(message)")
        }
        return false
    }

    /// Renders every diagram (name → Mermaid text), in order.
    static func render(_ diagrams: [(name: String, source: String)]) throws -> [Rendering] {
        guard !diagrams.isEmpty else { return [] }
        let input = try JSONSerialization.data(withJSONObject: diagrams.map { ["name": $0.name, "source": $0.source] })
        let result = try run(["-c", script], input: input)
        guard result.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: result.error]) }
        return result.out.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let name = object["name"] as? String else { return nil }
            return Rendering(name: name, error: object["error"] as? String, svg: object["svg"] as? String ?? "")
        }
    }

    /// Runs `python3` with `input` on standard input (through a temporary file, so neither side can block).
    private static func run(_ arguments: [String], input: Data) throws -> (status: Int32, out: String, error: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm-mermaidx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("input.json"), errorFile = folder.appendingPathComponent("error.txt")
        try input.write(to: inputFile)
        try Data().write(to: errorFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), error)
    }
}
