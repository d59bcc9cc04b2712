import Foundation
import Testing

/// Diagnostics from `stormc lsp`: every file of the model folder, following each edit, with codes,
/// links, related information, quick fixes and lint findings.
struct LanguageServerDiagnosticsTests {
    /// The errors among diagnostics (the clean model has review warnings).
    static func errors(_ diagnostics: [[String: Any]]) -> [[String: Any]] { diagnostics.filter { $0["severity"] as? Int == 1 } }

    static func uri(_ folder: String, _ file: String) -> String { URL(fileURLWithPath: folder).appendingPathComponent(file).absoluteString }

    @Test func anEditInOneFileUpdatesTheDiagnosticsOfTheOthers() throws {
        let folder = try temporaryFolder(CommandLineTestSupport.cleanModel)
        guard let client = try LanguageServerClient(arguments: ["lsp", "--docs", "https://example.com/Docs/"]) else { return }
        _ = client.initialize()
        let trips = Self.uri(folder, "trips.storm"), scoring = Self.uri(folder, "scoring.storm")
        let text = CommandLineTestSupport.cleanModel["trips.storm"]!
        client.open(trips, text)
        #expect(Self.errors(client.diagnostics(for: scoring)).isEmpty)

        client.change(trips, text.replacingOccurrences(of: "TripEnded", with: "TripFinished"), version: 2)
        let broken = client.diagnostics(for: scoring) { !Self.errors($0).isEmpty }
        #expect(broken.count == 1)
        let diagnostic = broken.first ?? [:]
        #expect(diagnostic["code"] as? String == "unresolved-reference")
        #expect(diagnostic["severity"] as? Int == 1)
        #expect(diagnostic["message"] as? String == "unknown event `TripEnded`")
        #expect((diagnostic["codeDescription"] as? [String: Any])?["href"] as? String == "https://example.com/Docs/Diagnostics.md#unresolved-reference")
        let range = diagnostic["range"] as? [String: Any]
        #expect((range?["start"] as? [String: Any])?["line"] as? Int == 3)
        #expect((range?["start"] as? [String: Any])?["character"] as? Int == 30)

        client.change(trips, text, version: 3)
        #expect(!client.diagnostics(for: scoring) { Self.errors($0).isEmpty && !$0.isEmpty }.isEmpty, "the review warnings come back")
        _ = client.closeAndWait()
    }

    @Test func aFixItIsAQuickFix() throws {
        let folder = try temporaryFolder(CommandLineTestSupport.cleanModel)
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        let scoring = Self.uri(folder, "scoring.storm")
        client.open(scoring, CommandLineTestSupport.cleanModel["scoring.storm"]!.replacingOccurrences(of: "then ScoreTrip", with: "then ScoreTirp"))
        let diagnostics = Self.errors(client.diagnostics(for: scoring))
        #expect(diagnostics.count == 1)
        let range = diagnostics.first?["range"] as? [String: Any] ?? [:]
        let actions = client.request("textDocument/codeAction", ["textDocument": ["uri": scoring], "range": range,
                                                                 "context": ["diagnostics": diagnostics]])["result"] as? [[String: Any]] ?? []
        #expect(actions.count == 1)
        #expect(actions.first?["title"] as? String == "did you mean `ScoreTrip`?")
        #expect(actions.first?["kind"] as? String == "quickfix")
        #expect(actions.first?["isPreferred"] as? Bool == true)
        let edits = ((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[scoring] as? [[String: Any]]
        #expect(edits?.first?["newText"] as? String == "ScoreTrip")
        #expect(Self.start(edits?.first?["range"]).map { $0 == (3, 45) } == true)
        _ = client.closeAndWait()
    }

    @Test func atMostAThousandDiagnosticsPerFile() throws {
        let text = "context A {\n" + (1...1200).map { "  read model R\($0) from Missing\($0)\n" }.joined() + "}\n"
        let folder = try temporaryFolder(["many.storm": text])
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        let uri = Self.uri(folder, "many.storm")
        client.open(uri, text)
        let diagnostics = client.diagnostics(for: uri)
        #expect(diagnostics.count == 1000)
        #expect(diagnostics.dropLast().allSatisfy { $0["code"] as? String == "unresolved-reference" })
        #expect(diagnostics.last?["message"] as? String == "201 more diagnostics in this file are not shown; `stormc check` and `stormc lint` list them all")
        _ = client.closeAndWait()
    }

    static func start(_ range: Any?) -> (Int, Int)? {
        guard let start = (range as? [String: Any])?["start"] as? [String: Any] else { return nil }
        return (start["line"] as? Int ?? -1, start["character"] as? Int ?? -1)
    }

    @Test func notesBecomeRelatedInformation() throws {
        let folder = try temporaryFolder(CommandLineTestSupport.cleanModel)
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        let trips = Self.uri(folder, "trips.storm")
        client.open(trips, CommandLineTestSupport.cleanModel["trips.storm"]! + "\ncontext Scoring {}\n")
        let diagnostics = client.diagnostics(for: trips)
        let duplicate = diagnostics.first { $0["code"] as? String == "duplicate-declaration" }
        #expect(duplicate != nil)
        let related = duplicate?["relatedInformation"] as? [[String: Any]]
        #expect(related?.count == 1)
        #expect((related?.first?["location"] as? [String: Any])?["uri"] as? String == Self.uri(folder, "scoring.storm"))
        let href = (duplicate?["codeDescription"] as? [String: Any])?["href"] as? String
        #expect(href?.hasSuffix("Docs/Diagnostics.md#duplicate-declaration") == true)
        _ = client.closeAndWait()
    }

    @Test func lintFindingsAreWarningsAndInformation() throws {
        var files = CommandLineTestSupport.cleanModel
        files["trips.storm"] = files["trips.storm"]!.replacingOccurrences(of: "event TripStarted", with: "event StartTrip")
        let folder = try temporaryFolder(files)
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        let trips = Self.uri(folder, "trips.storm")
        client.open(trips, files["trips.storm"]!)
        let diagnostics = client.diagnostics(for: trips) { $0.contains { $0["code"] as? String == "event-naming" } }
        let naming = diagnostics.first { $0["code"] as? String == "event-naming" }
        #expect(naming?["severity"] as? Int == 2)
        #expect(((naming?["codeDescription"] as? [String: Any])?["href"] as? String)?.hasSuffix("Rules.md#event-naming-warning") == true)
        let unused = diagnostics.first { $0["code"] as? String == "unused-event" }
        #expect(unused != nil)
        _ = client.closeAndWait()
    }

    /// The review starts beside the generators' checks; when those find an error, its findings are dropped
    /// (they would be noise on a model that does not check).
    @Test func noLintFindingsWhenTheGeneratorsChecksFail() throws {
        var files = CommandLineTestSupport.cleanModel
        files["trips.storm"] = files["trips.storm"]!.replacingOccurrences(of: "event TripStarted", with: "event StartTrip")
            + "\ncontext SCORING {}\n"
        let folder = try temporaryFolder(files)
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        let trips = Self.uri(folder, "trips.storm")
        client.open(trips, files["trips.storm"]!)
        let broken = client.diagnostics(for: trips)
        #expect(broken.contains { $0["code"] as? String == "file-name-collision" })
        // Fixed, the model gets its findings: the first publication with one must be of the fixed model.
        client.change(trips, files["trips.storm"]!.replacingOccurrences(of: "context SCORING {}", with: ""), version: 2)
        let reviewed = client.diagnostics(for: trips) { $0.contains { $0["code"] as? String == "event-naming" } }
        #expect(!reviewed.contains { $0["code"] as? String == "file-name-collision" })
        _ = client.closeAndWait()
    }
}
