import Foundation
import Testing

/// The fix-it of a missing `}`, as `stormc check --diagnostics-format json` gives it: applied to the model
/// with the mistake, it gives a model that checks clean.
struct ClosingBraceFixItTests {
    static let unclosed = RecoveryCorpusTests.mistakes.filter { $0.error == "unclosed-block" }

    @Test(arguments: unclosed)
    func theFixItClosesTheBlock(_ mistake: RecoveryCorpusTests.Mistake) throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let broken = RecoveryCorpusTests.model.replacingOccurrences(of: mistake.replacing, with: mistake.with)
        let folder = try temporaryFolder(["model.storm": broken])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandLineTestSupport.process(stormc, ["check", "--diagnostics-format", "json", "model.storm"], in: folder, environment: [:])
        #expect(result.status == 1)
        let first = try #require(result.out.split(separator: "\n").first.map { Data($0.utf8) })
        let diagnostic = try #require(try JSONSerialization.jsonObject(with: first) as? [String: Any])
        #expect(diagnostic["id"] as? String == "unclosed-block")
        let fixIts = try #require(diagnostic["fixIts"] as? [[String: Any]])
        #expect(fixIts.count == 1 && fixIts.first?["message"] as? String == "insert `}`")
        let edits = try #require(fixIts.first?["edits"] as? [[String: Any]])
        var lines = broken.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        for edit in edits.reversed() {
            let (line, column) = (try #require(edit["line"] as? Int), try #require(edit["column"] as? Int))
            #expect(edit["endLine"] as? Int == line && edit["endColumn"] as? Int == column, "the fix inserts")
            lines[line - 1].insert(contentsOf: Array(try #require(edit["replacement"] as? String).utf8), at: column - 1)
        }
        let fixed = lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        try fixed.write(toFile: folder + "/model.storm", atomically: true, encoding: .utf8)
        let again = try CommandLineTestSupport.process(stormc, ["check", "model.storm"], in: folder, environment: [:])
        #expect(again.status == 0, "\(fixed)\n\(again.error)")
    }
}
