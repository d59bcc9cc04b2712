import Foundation
import Testing

/// The real Mermaid renderer: `mermaidx` (PyPI), which runs Mermaid 11 in an embedded JavaScript engine.
/// A test that needs it skips with a message naming it when it is absent, and fails when
/// `STORM_REQUIRE_TOOLS=1`. Install it with `python3 -m pip install mermaidx`.
enum Mermaidx {
    /// Renders each diagram to SVG, one after the other in one Python process (Mermaid is loaded once); reads JSON
    /// `[{"name", "source"}]` on standard input and prints one JSON line per diagram.
    private static let script = #"""
    import json, re, sys
    import xml.etree.ElementTree as ET

    def frames(svg):
        """The boxes [x, y, width, height] of the frames `picture` and `legend`, in the SVG's coordinates."""
        found = {}
        def walk(element, dx, dy):
            match = re.search(r"translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)", element.get("transform", ""))
            if match:
                dx, dy = dx + float(match.group(1)), dy + float(match.group(2))
            name = element.get("id", "").rsplit("-", 1)[-1]
            if "cluster" in element.get("class", "").split() and name in ("picture", "legend"):
                rect = element.find("{http://www.w3.org/2000/svg}rect")
                if rect is not None:
                    found[name] = [dx + float(rect.get("x")), dy + float(rect.get("y")), float(rect.get("width")), float(rect.get("height"))]
            for child in element:
                walk(child, dx, dy)
        try:
            walk(ET.fromstring(svg), 0.0, 0.0)
        except ET.ParseError:
            pass
        return found

    def render(item):
        import mermaidx
        try:
            svg = mermaidx.render(item["source"]).svg()
        except Exception as error:
            return {"name": item["name"], "error": str(error)}
        if "Syntax error in text" in svg or 'aria-roledescription="error"' in svg:
            return {"name": item["name"], "error": "Mermaid drew its error picture"}
        return {"name": item["name"], "error": None, "svg": svg, "frames": frames(svg)}

    for item in json.load(sys.stdin):
        print(json.dumps(render(item)), flush=True)
    """#

    /// What Mermaid made of one diagram: the SVG, or its error message.
    struct Rendering {
        var name: String
        var error: String?
        var svg: String
        /// Where Mermaid drew the frames `picture` and `legend` (x, y, width, height), when it drew them.
        var frames: [String: [Double]]

        /// Whether the two frames share any point.
        func framesOverlap() -> Bool {
            guard let a = frames["picture"], let b = frames["legend"], a.count == 4, b.count == 4 else { return false }
            return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
        }
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
            let frames = (object["frames"] as? [String: [Any]] ?? [:]).mapValues { $0.compactMap { ($0 as? NSNumber)?.doubleValue } }
            return Rendering(name: name, error: object["error"] as? String, svg: object["svg"] as? String ?? "", frames: frames)
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
