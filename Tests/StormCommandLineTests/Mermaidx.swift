import Foundation
import Testing

/// The real Mermaid renderer: `mermaidx` (PyPI), which runs Mermaid 11 in an embedded JavaScript engine.
/// A test that needs it skips with a message naming it when it is absent, and fails when
/// `STORM_REQUIRE_TOOLS=1`. Install it with `python3 -m pip install mermaidx`.
enum Mermaidx {
    /// Renders each diagram to SVG, one after the other in one Python process (Mermaid is loaded once); reads JSON
    /// `[{"name", "source"}]` on standard input and prints one JSON line per diagram, in order.
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
        if (try? start(["-c", "import mermaidx"], input: Data()))?.finish().status == 0 { return true }
        let message = "mermaidx (the Mermaid renderer, `python3 -m pip install mermaidx`) is missing"
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(message), and STORM_REQUIRE_TOOLS=1 forbids skipping")
        } else {
            print("skipped: \(message)")
        }
        return false
    }

    /// Renders every diagram (name → Mermaid text), in order. A big picture takes Mermaid up to two
    /// minutes, so the diagrams are shared out, largest first, among one process a core, side by side.
    static func render(_ diagrams: [(name: String, source: String)]) throws -> [Rendering] {
        guard !diagrams.isEmpty else { return [] }
        let count = min(diagrams.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        var groups = Array(repeating: (indices: [Int](), size: 0), count: count)
        for index in diagrams.indices.sorted(by: { diagrams[$0].source.utf8.count > diagrams[$1].source.utf8.count }) {
            let smallest = groups.indices.min { groups[$0].size < groups[$1].size }!
            groups[smallest].indices.append(index)
            groups[smallest].size += diagrams[index].source.utf8.count
        }
        var started: [Started] = []
        for group in groups {
            do {
                let input = try JSONSerialization.data(withJSONObject: group.indices.map { ["name": diagrams[$0].name, "source": diagrams[$0].source] })
                started.append(try start(["-c", script], input: input))
            } catch {
                for process in started { _ = process.finish() }
                throw error
            }
        }
        var placed: [(index: Int, rendering: Rendering)] = []
        for (group, result) in zip(groups, started.map { $0.finish() }) {
            guard result.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: result.error]) }
            // A missing or unreadable line shortens the list, and the names no longer match the diagrams given.
            let renderings = result.out.split(separator: "\n").compactMap { line -> Rendering? in
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let name = object["name"] as? String else { return nil }
                let frames = (object["frames"] as? [String: [Any]] ?? [:]).mapValues { $0.compactMap { ($0 as? NSNumber)?.doubleValue } }
                return Rendering(name: name, error: object["error"] as? String, svg: object["svg"] as? String ?? "", frames: frames)
            }
            placed += zip(group.indices, renderings).map { ($0, $1) }
        }
        return placed.sorted { $0.index < $1.index }.map(\.rendering)
    }

    /// A `python3` process started with its output going to files, so that several can run at once and none
    /// waits on a full pipe.
    private struct Started {
        let process: Process
        let folder: URL

        /// Waits for the process; its status, standard output and standard error. Removes its files.
        func finish() -> (status: Int32, out: String, error: String) {
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(at: folder) }
            let out = (try? String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8)) ?? ""
            let error = (try? String(contentsOf: folder.appendingPathComponent("error.txt"), encoding: .utf8)) ?? ""
            return (process.terminationStatus, out, error)
        }
    }

    /// Starts `python3` with `input` on standard input (through a temporary file, so neither side can block).
    private static func start(_ arguments: [String], input: Data) throws -> Started {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm-mermaidx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let inputFile = folder.appendingPathComponent("input.json")
        let outFile = folder.appendingPathComponent("out.jsonl"), errorFile = folder.appendingPathComponent("error.txt")
        try input.write(to: inputFile)
        try Data().write(to: outFile)
        try Data().write(to: errorFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        do { try process.run() } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        return Started(process: process, folder: folder)
    }

}
