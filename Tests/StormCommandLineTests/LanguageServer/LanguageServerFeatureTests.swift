import Foundation
import Testing

/// The requests of `stormc lsp`, each through the process, on a two-file model.
struct LanguageServerFeatureTests {
    /// A server with the clean model open: trips.storm and scoring.storm.
    struct Session {
        let client: LanguageServerClient
        let trips: String
        let scoring: String

        init?() throws {
            let folder = try temporaryFolder(CommandLineTestSupport.cleanModel)
            guard let client = try LanguageServerClient() else { return nil }
            self.client = client
            trips = LanguageServerDiagnosticsTests.uri(folder, "trips.storm")
            scoring = LanguageServerDiagnosticsTests.uri(folder, "scoring.storm")
            _ = client.initialize()
            client.open(trips, CommandLineTestSupport.cleanModel["trips.storm"]!)
            client.open(scoring, CommandLineTestSupport.cleanModel["scoring.storm"]!)
            _ = client.diagnostics(for: scoring)
        }

        func at(_ uri: String, _ line: Int, _ character: Int, _ extra: [String: Any] = [:]) -> [String: Any] {
            ["textDocument": ["uri": uri], "position": ["line": line, "character": character]].merging(extra) { $1 }
        }

        func result(_ method: String, _ params: [String: Any]) -> Any? { client.request(method, params)["result"] }

        /// The labels completion offers in scoring.storm, changed to `text`, at a line and character.
        func completionLabels(_ text: String, _ line: Int, _ character: Int) -> Set<String> {
            client.change(scoring, text, version: 2)
            let items = result("textDocument/completion", at(scoring, line, character)) as? [[String: Any]] ?? []
            return Set(items.compactMap { $0["label"] as? String })
        }
    }

    static func start(_ location: Any?) -> (Int, Int)? {
        guard let range = (location as? [String: Any])?["range"] as? [String: Any] ?? location as? [String: Any],
              let start = range["start"] as? [String: Any] else { return nil }
        return (start["line"] as? Int ?? -1, start["character"] as? Int ?? -1)
    }

    @Test func hoverDefinitionAndReferencesAcrossFiles() throws {
        guard let session = try Session() else { return }
        // `when TripEnded` in scoring.storm, line 3.
        let hover = session.result("textDocument/hover", session.at(session.scoring, 3, 33)) as? [String: Any]
        let markdown = (hover?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(markdown.contains("**event** `Trips.TripEnded` v1"))
        #expect(markdown.contains("- `at: Timestamp`"))
        #expect(markdown.contains("Consumed by: `Scoring.ScoreEveryTrip`"))

        let definition = session.result("textDocument/definition", session.at(session.scoring, 3, 33)) as? [String: Any]
        #expect(definition?["uri"] as? String == session.trips)
        #expect(Self.start(definition)! == (4, 8))

        let references = session.result("textDocument/references", session.at(session.trips, 4, 10, ["context": ["includeDeclaration": true]])) as? [[String: Any]]
        #expect(references?.count == 2)
        #expect(Set(references?.compactMap { $0["uri"] as? String } ?? []) == [session.trips, session.scoring])

        let relationship = session.result("textDocument/hover", session.at(session.scoring, 5, 27)) as? [String: Any]
        #expect(((relationship?["contents"] as? [String: Any])?["value"] as? String)?.contains("`Trips` is upstream") == true)
        _ = session.client.closeAndWait()
    }

    @Test func renameChangesEveryFileOrSaysWhyNot() throws {
        guard let session = try Session() else { return }
        let rename = session.result("textDocument/rename", session.at(session.trips, 4, 10, ["newName": "TripFinished"])) as? [String: Any]
        let changes = rename?["changes"] as? [String: [[String: Any]]]
        #expect(changes?[session.trips]?.count == 1)
        #expect(changes?[session.scoring]?.count == 1)
        #expect(changes?[session.scoring]?.first?["newText"] as? String == "TripFinished")

        let clash = session.client.request("textDocument/rename", session.at(session.trips, 4, 10, ["newName": "TripStarted"]))
        #expect(((clash["error"] as? [String: Any])?["message"] as? String)?.contains("event `Trips.TripStarted` already has that name") == true)
        let invalid = session.client.request("textDocument/rename", session.at(session.trips, 4, 10, ["newName": "Trip Ended"]))
        #expect(((invalid["error"] as? [String: Any])?["message"] as? String)?.contains("is not a valid name") == true)
        let nothing = session.client.request("textDocument/prepareRename", session.at(session.trips, 0, 1))
        #expect((nothing["error"] as? [String: Any])?["code"] as? Int == -32803)
        _ = session.client.closeAndWait()
    }

    @Test func completionOffersNamesOfTheRightKind() throws {
        guard let session = try Session() else { return }
        let labels = session.completionLabels
        let base = CommandLineTestSupport.cleanModel["scoring.storm"]!
        let emits = labels(base.replacingOccurrences(of: "then ScoreTrip\n}", with: "then ScoreTrip\n  command Extra emits \n}"), 4, 22)
        #expect(emits == ["TripScored"])
        let then = labels(base.replacingOccurrences(of: "then ScoreTrip", with: "then "), 3, 45)
        #expect(then == ["ScoreTrip"])
        let when = labels(base.replacingOccurrences(of: "when TripEnded then", with: "when  then"), 3, 30)
        #expect(when.isSuperset(of: ["Trips.TripEnded", "Trips.TripStarted", "TripScored"]))
        let types = labels(base.replacingOccurrences(of: "score: Int", with: "score: "), 2, 28)
        #expect(types.isSuperset(of: ["String", "Int", "Timestamp", "UUID"]))
        let member = labels(base.replacingOccurrences(of: "  command ScoreTrip", with: "  \n  command ScoreTrip"), 1, 2)
        #expect(member.isSuperset(of: ["event", "command", "policy", "aggregate", "read model"]))
        #expect(!member.contains("subdomain"))
        let map = labels(base.replacingOccurrences(of: "Trips [U] -> [D] Scoring", with: "Trips [U] -> [D] "), 5, 41)
        #expect(map.isSuperset(of: ["Trips", "Scoring"]))
        let roles = labels(base.replacingOccurrences(of: "Trips [U] -> [D] Scoring", with: "Trips [U, ] -> [D] Scoring"), 5, 34)
        #expect(roles.isSuperset(of: ["OHS", "PL"]))
        _ = session.client.closeAndWait()
    }

    @Test func completionKnowsTheDesignLevelKeywords() throws {
        guard let session = try Session() else { return }
        let labels = session.completionLabels
        let base = CommandLineTestSupport.cleanModel["scoring.storm"]!
        let top = labels(base + "\n", 6, 0)
        #expect(top.isSuperset(of: ["extend context", "use", "context"]))
        let extend = labels(base + "\nextend context ", 6, 15)
        #expect(extend.isSuperset(of: ["Trips", "Scoring"]))
        let aggregate = "aggregate Trip {\n    command Rate emits TripScored\n    \n  }"
        let inAggregate = labels(base.replacingOccurrences(of: "  command ScoreTrip", with: "  \(aggregate)\n  command ScoreTrip"), 3, 4)
        #expect(inAggregate.isSuperset(of: ["lifecycle", "scenario", "command"]))
        let afterName = labels(base.replacingOccurrences(of: "command ScoreTrip emits TripScored", with: "command ScoreTrip "), 1, 20)
        #expect(afterName == ["emits", "fails with"])
        let alternative = labels(base.replacingOccurrences(of: "emits TripScored", with: "emits TripScored or "), 1, 40)
        #expect(alternative == ["TripScored"])
        let scenario = "aggregate Trip {\n    command Rate emits TripScored\n    scenario \"rated\" {\n      \n    }\n  }"
        let inScenario = labels(base.replacingOccurrences(of: "  command ScoreTrip", with: "  \(scenario)\n  command ScoreTrip"), 4, 6)
        #expect(inScenario == ["given", "when", "then"])
        let whenInScenario = labels(base.replacingOccurrences(of: "  command ScoreTrip", with: "  \(scenario.replacingOccurrences(of: "      \n", with: "      when \n"))\n  command ScoreTrip"), 4, 11)
        #expect(whenInScenario == ["Rate", "ScoreTrip"])
        let thenInScenario = labels(base.replacingOccurrences(of: "  command ScoreTrip", with: "  \(scenario.replacingOccurrences(of: "      \n", with: "      then \n"))\n  command ScoreTrip"), 4, 11)
        #expect(thenInScenario.isSuperset(of: ["TripScored", "nothing", "fails with"]))
        let map = "context map Insurance {\n  \n  Trips [U] -> [D] Scoring {\n    \n  }\n}"
        let mapTop = labels(base.replacingOccurrences(of: "context map Insurance { Trips [U] -> [D] Scoring }", with: map), 6, 2)
        #expect(mapTop.isSuperset(of: ["type system landscape", "state to be", "Trips"]))
        #expect(mapTop.contains("team"))
        let teamMode = labels(base.replacingOccurrences(of: "context map Insurance { Trips [U] -> [D] Scoring }", with: "context map Insurance {\n  team A \n}"), 6, 9)
        #expect(teamMode.isSuperset(of: ["collaboration", "x-as-a-service", "facilitating"]))
        let details = labels(base.replacingOccurrences(of: "context map Insurance { Trips [U] -> [D] Scoring }", with: map), 8, 4)
        #expect(details == ["name", "technology", "exposes", "rights"])
        let rights = labels(base.replacingOccurrences(of: "context map Insurance { Trips [U] -> [D] Scoring }",
                                                      with: map.replacingOccurrences(of: "{\n    \n", with: "{\n    rights \n")), 8, 11)
        #expect(rights == ["influencer", "opinion leader", "veto right", "decision maker", "monopolist"])
        _ = session.client.closeAndWait()
    }

    /// A team map line: team names after `team`, the interaction modes after `team A`, and
    /// `x-as-a-service` highlighted as one keyword.
    @Test func completionAndTokensKnowTheTeamMap() throws {
        guard let session = try Session() else { return }
        let labels = session.completionLabels
        let base = CommandLineTestSupport.cleanModel["scoring.storm"]!
        let map = { (line: String) in
            "team Raters\n" + base.replacingOccurrences(of: "context map Insurance { Trips [U] -> [D] Scoring }",
                                                          with: "context map Insurance {\n  \(line)\n}")
        }
        // Line 7 (0-based) is the map's first line.
        #expect(labels(map(""), 7, 2).isSuperset(of: ["team", "Trips"]))
        #expect(labels(map("team "), 7, 7) == ["Journeys", "Raters"])
        #expect(labels(map("team Journeys "), 7, 16) == ["collaboration", "x-as-a-service", "facilitating"])
        session.client.change(session.scoring, map("team Journeys x-as-a-service team Raters"), version: 3)
        let data = (session.result("textDocument/semanticTokens/full", ["textDocument": ["uri": session.scoring]]) as? [String: Any])?["data"] as? [Int] ?? []
        var line = 0, character = 0
        var keywords: [String] = []
        let mapLine = "  team Journeys x-as-a-service team Raters"
        for token in stride(from: 0, to: data.count - 4, by: 5) {
            line += data[token]
            character = data[token] == 0 ? character + data[token + 1] : data[token + 1]
            guard line == 7, data[token + 3] == 10 else { continue }
            let start = mapLine.index(mapLine.startIndex, offsetBy: character)
            keywords.append(String(mapLine[start..<mapLine.index(start, offsetBy: data[token + 2])]))
        }
        #expect(keywords == ["team", "x-as-a-service", "team"])
        _ = session.client.closeAndWait()
    }

    @Test func symbolsFormattingFoldingTokensAndLenses() throws {
        guard let session = try Session() else { return }
        let symbols = session.result("textDocument/documentSymbol", ["textDocument": ["uri": session.scoring]]) as? [[String: Any]] ?? []
        #expect(symbols.compactMap { $0["name"] as? String } == ["Scoring", "Insurance"])
        let members = (symbols.first?["children"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(members == ["ScoreTrip", "TripScored", "ScoreEveryTrip"])

        let workspace = session.result("workspace/symbol", ["query": "tripend"]) as? [[String: Any]] ?? []
        #expect(workspace.compactMap { $0["name"] as? String } == ["TripEnded"])
        #expect(workspace.first?["containerName"] as? String == "Trips")

        session.client.change(session.trips, "team Journeys\ncontext Trips {\n    owner   Journeys\n  event TripStarted\n  event TripEnded { at: Timestamp }\n}\n", version: 5)
        let edits = session.result("textDocument/formatting", ["textDocument": ["uri": session.trips], "options": ["tabSize": 2, "insertSpaces": true]]) as? [[String: Any]]
        #expect(edits?.count == 1)
        #expect((edits?.first?["newText"] as? String)?.contains("\n  owner Journeys\n") == true)
        session.client.change(session.trips, "context Trips {", version: 6)
        let refused = session.client.request("textDocument/formatting", ["textDocument": ["uri": session.trips], "options": [:]])
        #expect((refused["error"] as? [String: Any])?["message"] as? String == "the file has syntax errors; fix them to format it")

        let folds = session.result("textDocument/foldingRange", ["textDocument": ["uri": session.scoring]]) as? [[String: Any]] ?? []
        #expect(folds.contains { $0["startLine"] as? Int == 0 && $0["endLine"] as? Int == 3 })

        let tokens = (session.result("textDocument/semanticTokens/full", ["textDocument": ["uri": session.scoring]]) as? [String: Any])?["data"] as? [Int] ?? []
        #expect(tokens.count % 5 == 0)
        // The first token is the keyword `context` (type 10), then the context's name, a namespace (0) being declared (1).
        #expect(Array(tokens.prefix(10)) == [0, 0, 7, 10, 0, 0, 8, 7, 0, 1])

        let lenses = session.result("textDocument/codeLens", ["textDocument": ["uri": session.scoring]]) as? [[String: Any]] ?? []
        #expect(lenses.compactMap { ($0["command"] as? [String: Any])?["title"] as? String } == ["0 consumers · emitted by ScoreTrip"])
        _ = session.client.closeAndWait()
    }

    /// Versions are numbers, `was` and the team interaction modes keywords.
    @Test func semanticTokensKnowVersionsAndTeamInteractionModes() throws {
        guard let session = try Session() else { return }
        let text = "team A\nteam B\ncontext Trips {\n  event E v2.1 {} was v1 {}\n}\ncontext map M {\n  team A x-as-a-service team B\n}\n"
        session.client.change(session.trips, text, version: 7)
        let data = (session.result("textDocument/semanticTokens/full", ["textDocument": ["uri": session.trips]]) as? [String: Any])?["data"] as? [Int] ?? []
        var tokens: [String: Int] = [:]
        var (line, character) = (0, 0)
        for start in stride(from: 0, to: data.count - 4, by: 5) {
            line += data[start]
            character = data[start] == 0 ? character + data[start + 1] : data[start + 1]
            tokens["\(line):\(character)"] = data[start + 3]
        }
        // keyword 10, number 12
        #expect(tokens["3:10"] == 12, "v2: \(tokens)")
        #expect(tokens["3:18"] == 10, "was: \(tokens)")
        #expect(tokens["3:22"] == 12, "v1: \(tokens)")
        // `x-as-a-service` is one keyword token from its `x`; no token starts at its `service`.
        #expect(tokens["6:9"] == 10, "x-as-a-service: \(tokens)")
        #expect(tokens["6:16"] == nil, "service of x-as-a-service: \(tokens)")
        _ = session.client.closeAndWait()
    }
}
