import Foundation
import Testing

/// The fix-it of a command's fields written after its events, as `stormc check --diagnostics-format json`
/// gives it: applied to the model, it moves the block before `emits`, and the model checks clean.
struct MisplacedFieldsFixItTests {
    @Test func theFixItMovesTheFieldsBeforeEmits() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let broken = "context Trips {\n  event TripEnded { reason: String }\n  command EndTrip emits TripEnded { reason: String }\n}\n"
        let folder = try temporaryFolder(["model.storm": broken])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandLineTestSupport.process(stormc, ["check", "--diagnostics-format", "json", "model.storm"], in: folder, environment: [:])
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 1, "one error, no follow-on: \(result.out)")
        let diagnostic = try #require(try lines.first.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        #expect(diagnostic["id"] as? String == "misplaced-fields")
        let fixIt = try #require((diagnostic["fixIts"] as? [[String: Any]])?.first)
        #expect(fixIt["message"] as? String == "move the fields before `emits`")
        // The edits, last first, so that each applies to the text as it was written.
        var text = Array(broken.utf8)
        let starts = [0] + text.indices.filter { text[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        func offset(_ line: Any?, _ column: Any?) throws -> Int { starts[try #require(line as? Int) - 1] + (try #require(column as? Int)) - 1 }
        let edits = try (try #require(fixIt["edits"] as? [[String: Any]])).map { edit in
            (start: try offset(edit["line"], edit["column"]), end: try offset(edit["endLine"], edit["endColumn"]),
             replacement: try #require(edit["replacement"] as? String))
        }
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            text.replaceSubrange(edit.start..<edit.end, with: Array(edit.replacement.utf8))
        }
        let fixed = String(decoding: text, as: UTF8.self)
        #expect(fixed == "context Trips {\n  event TripEnded { reason: String }\n  command EndTrip { reason: String } emits TripEnded\n}\n")
        try fixed.write(toFile: folder + "/model.storm", atomically: true, encoding: .utf8)
        let again = try CommandLineTestSupport.process(stormc, ["check", "model.storm"], in: folder, environment: [:])
        #expect(again.status == 0, "\(fixed)\n\(again.error)")
    }
}
