import Foundation
import Testing

/// Runs Python `avro`'s own compatibility checker (`avro.compatibility.ReaderWriterCompatibilityChecker`).
enum PythonAvro {
    /// Checks each pair of schemas both ways; for every name, whether new reads old (backward) and old
    /// reads new (forward). Nil, with the reason recorded or printed, when Python or `avro` is missing.
    static func compatibility(_ pairs: [(name: String, old: String, new: String)]) throws -> [String: (backward: Bool, forward: Bool)]? {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("storm-avro-pairs-\(UUID().uuidString).json")
        let document = pairs.map { ["name": $0.name, "old": $0.old, "new": $0.new] }
        try JSONSerialization.data(withJSONObject: document).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, input.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return missing("python3 (\(error.localizedDescription))") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3 { return missing("the Python package avro with avro.compatibility (pip install avro)") }
        guard process.terminationStatus == 0 else {
            Issue.record("the Python checker failed: \(message)")
            return nil
        }
        let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [Bool]])
        return results.mapValues { ($0[0], $0[1]) }
    }

    private static func missing(_ what: String) -> [String: (backward: Bool, forward: Bool)]? {
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(what) is missing, and STORM_REQUIRE_TOOLS=1 forbids skipping")
        } else {
            print("skipped: \(what) is missing")
        }
        return nil
    }

    /// Exit status 3 means the avro package or its checker is missing.
    private static let script = """
    import json, sys
    try:
        import avro.schema
        from avro.compatibility import ReaderWriterCompatibilityChecker, SchemaCompatibilityType
    except ImportError:
        sys.exit(3)
    def readable(reader, writer):
        result = ReaderWriterCompatibilityChecker().get_compatibility(reader, writer)
        return result.compatibility is SchemaCompatibilityType.compatible
    out = {}
    for pair in json.load(open(sys.argv[1])):
        old = avro.schema.parse(pair["old"])
        new = avro.schema.parse(pair["new"])
        out[pair["name"]] = [readable(new, old), readable(old, new)]
    print(json.dumps(out))
    """
}
