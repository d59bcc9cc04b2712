import Foundation
import Testing

/// `stormc serve` through the real process over loopback.
@Suite(.serialized)
struct ServeCommandTests {
    static let model = [
        "trips.storm": """
        team Journeys
        domain Mobility { subdomain Driving: core }
        context Trips implements Mobility.Driving {
          owner Journeys
          command EndTrip emits TripEnded
          event TripEnded { at: Timestamp }
          hotspot "What if <script>alert(1)</script> & \\"friends\\" arrive?"
        }
        """,
        "scoring.storm": """
        context Scoring {
          command ScoreTrip emits TripScored
          event TripScored { score: Int = 100 }
          policy ScoreEveryTrip: when Trips.TripEnded then ScoreTrip
        }
        context map Insurance { Trips [U, OHS] -> [D, ACL] Scoring }
        """,
    ]

    static func folder(_ files: [String: String] = model) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("storm-serve-" + UUID().uuidString).path
        for (name, text) in files {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
        }
        return root
    }

    static var hasDot: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/dot")
        }
    }

    @Test func servesThePageTheStateAndThePictures() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let server = try ServeProcess([root]) else { return }
        let page = try LoopbackClient.get(server.port, "/")
        #expect(page.status == 200)
        #expect(page.body.contains("<script src=\"/app.js\""))
        let script = try LoopbackClient.get(server.port, "/app.js")
        #expect(script.status == 200 && script.body.contains("EventSource"))
        let state = try LoopbackClient.get(server.port, "/state.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(state.body.utf8)) as? [String: Any])
        #expect(json["hasErrors"] as? Bool == false)
        #expect(json["generation"] as? Int == 2, "checked (1), then reviewed (2)")
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let hotspot = try #require(diagnostics.first { $0["id"] as? String == "unresolved-hotspot" })
        #expect(hotspot["severity"] as? String == "note")
        #expect(diagnostics.contains { $0["id"] as? String == "unused-event" && $0["severity"] as? String == "warning" })
        #expect((hotspot["message"] as? String)?.contains("<script>alert(1)</script> & \"friends\"") == true)
        #expect((hotspot["snippet"] as? [[String: Any]])?.contains { ($0["text"] as? String)?.contains("hotspot") == true } == true)
        guard Self.hasDot else { return ServeProcess.skip("Graphviz `dot` is not installed (apt-get install graphviz)") }
        let map = try LoopbackClient.get(server.port, "/picture.svg?view=context-map")
        #expect(map.status == 200 && map.body.contains("<svg") && map.body.contains("relationship&#45;1"))
        #expect(!map.body.contains("<script>"))
        let flow = try LoopbackClient.get(server.port, "/picture.svg?view=flow&context=Scoring")
        #expect(flow.status == 200 && flow.body.contains("TripScored"))
        let missing = try LoopbackClient.get(server.port, "/picture.svg?view=flow&context=Nowhere")
        #expect(missing.status == 404)
        // A context without a lifecycle has no lifecycle view; the answer says which contexts have one.
        let noLifecycle = try LoopbackClient.get(server.port, "/picture.svg?view=lifecycle&context=Scoring")
        #expect(noLifecycle.status == 404 && noLifecycle.body.contains("declares no lifecycle"), "\(noLifecycle.body)")
    }

    @Test func servesOnlyTheModelsOwnFiles() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let server = try ServeProcess([root]) else { return }
        let own = try LoopbackClient.get(server.port, "/files/\(root)/trips.storm")
        #expect(own.status == 200 && own.body.contains("context Trips"))
        for target in ["/../../etc/passwd", "/files/../../etc/passwd", "/files/%2e%2e/%2e%2e/etc/passwd", "/files/\(root)/../../etc/passwd",
                       "/files//etc/passwd", "/etc/passwd", "/files/\(root)/nothing.storm"] {
            let reply = try LoopbackClient.get(server.port, target)
            #expect(reply.status == 404, "\(target)")
            #expect(!reply.body.contains("root:"), "\(target)")
        }
    }

    @Test func survivesMalformedRequestsDisconnectsAndFiftyClients() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let server = try ServeProcess([root]) else { return }
        for garbage in ["\r\n\r\n", "HELLO\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "GET /%zz HTTP/1.1\r\n\r\n",
                        "GET / HTTP/1.1\r\nbroken header\r\n\r\n", "\u{0}\u{1}\u{2}\r\n\r\n"] {
            let client = try LoopbackClient(port: server.port)
            client.send(garbage)
            #expect(client.readAll().hasPrefix("HTTP/1.1 400"), "\(garbage.debugDescription)")
        }
        let post = try LoopbackClient(port: server.port)
        post.send("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
        #expect(post.readAll().hasPrefix("HTTP/1.1 405"))
        let huge = try LoopbackClient(port: server.port)
        huge.send("GET /" + String(repeating: "a", count: 40_000))
        #expect(huge.readAll().hasPrefix("HTTP/1.1 431"))
        // A client that leaves in the middle of the stream, and one that leaves halfway through a request.
        do {
            let leaving = try LoopbackClient(port: server.port)
            leaving.send("GET /events HTTP/1.1\r\n\r\n")
            #expect(leaving.read(until: "retry:").contains("text/event-stream"))
            let half = try LoopbackClient(port: server.port)
            half.send("GET /sta")
        }
        var streams: [LoopbackClient] = []
        for _ in 0..<50 {
            let client = try LoopbackClient(port: server.port)
            client.send("GET /events HTTP/1.1\r\n\r\n")
            streams.append(client)
        }
        for client in streams { #expect(client.read(until: "retry:").contains("200 OK")) }
        try Data((Self.model["scoring.storm"]! + "\n// saved\n").utf8).write(to: URL(fileURLWithPath: root + "/scoring.storm"))
        for client in streams { #expect(client.read(until: "\"generation\":3").contains("event: model")) }
        #expect(try LoopbackClient.get(server.port, "/state.json").status == 200)
        #expect(server.process.isRunning)
    }

    @Test func aSaveReachesTheStreamAndABrokenModelKeepsItsLastPicture() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let server = try ServeProcess([root]) else { return }
        let stream = try LoopbackClient(port: server.port)
        stream.send("GET /events HTTP/1.1\r\n\r\n")
        _ = stream.read(until: "retry:")
        let started = Date()
        try Data("context Scoring { command ScoreTrip emits Nowhere }".utf8).write(to: URL(fileURLWithPath: root + "/scoring.storm"))
        #expect(stream.read(until: "\"generation\":3").contains("\"generation\":3"))
        print("save -> event stream: \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        let state = try LoopbackClient.get(server.port, "/state.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(state.body.utf8)) as? [String: Any])
        #expect(json["hasErrors"] as? Bool == true)
        #expect(json["pictureGeneration"] as? Int == 1)
        #expect((json["diagnostics"] as? [[String: Any]])?.contains { $0["severity"] as? String == "error" } == true)
        #expect(json["model"] is [String: Any], "the last good model stays for the outline")
        if Self.hasDot {
            let map = try LoopbackClient.get(server.port, "/picture.svg?view=context-map")
            #expect(map.status == 200 && map.body.contains("Scoring"))
        }
    }

    @Test func theWorkshopProfileQuietsHalfFinishedWork() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let server = try ServeProcess([root, "--workshop"]) else { return }
        let state = try LoopbackClient.get(server.port, "/state.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(state.body.utf8)) as? [String: Any])
        #expect(json["workshop"] as? Bool == true)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let quieted = diagnostics.filter { $0["id"] as? String == "unused-event" }
        #expect(!quieted.isEmpty)
        #expect(quieted.allSatisfy { $0["severity"] as? String == "note" })
    }

    @Test func withoutGraphvizThePageStillHasDiagnosticsAndTheOutline() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var environment = ProcessInfo.processInfo.environment
        environment["STORM_DOT"] = root + "/no-dot-here"
        guard let server = try ServeProcess([root], environment: environment) else { return }
        let state = try LoopbackClient.get(server.port, "/state.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(state.body.utf8)) as? [String: Any])
        #expect((json["graphvizMissing"] as? String)?.contains("apt-get install graphviz") == true)
        #expect(json["model"] is [String: Any])
        #expect(try LoopbackClient.get(server.port, "/picture.svg").status == 503)
    }
}

/// `stormc map --focus/--depth/--collapse` and `stormc lint --workshop`, through the process.
struct MapFocusAndWorkshopTests {
    static let model = [
        "m.storm": """
        team Core
        domain Sales { subdomain Orders: core
          subdomain Billing: supporting }
        domain Shipping { subdomain Delivery: supporting }
        context A implements Sales.Orders { owner Core }
        context B implements Sales.Billing { owner Core }
        context C implements Shipping.Delivery {
          event Shipped
          data product Parcels { output port Out publishes Shipped }
        }
        context D implements Shipping.Delivery { hotspot "open?" }
        context map M {
          A [U, OHS] -> [D, ACL] B
          B [U, OHS, PL] -> [D, ACL] C
          A [U, OHS] -> [D, CF] D
          C [P] <-> [P] D
        }
        """,
    ]

    func run(_ arguments: [String]) throws -> CommandResult? {
        guard let stormc = ServeProcess.executable() else { return nil }
        return try ChildProcess.run(stormc, arguments, in: FileManager.default.currentDirectoryPath)
    }

    @Test func focusKeepsAContextAndItsNeighbours() throws {
        let root = try ServeCommandTests.folder(Self.model)
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let one = try run(["map", root, "--focus", "C"]), let two = try run(["map", root, "--focus", "C", "--depth", "2"]) else { return }
        #expect(one.status == 0, "\(one.error)")
        #expect(one.out.contains("\"C\" [") && one.out.contains("\"B\" [") && one.out.contains("\"D\" ["))
        #expect(!one.out.contains("\"A\" ["))
        #expect(two.out.contains("\"A\" ["))
        let unknown = try run(["map", root, "--focus", "Nowhere"])
        #expect(unknown?.status == 2 && unknown?.error.contains("no context named 'Nowhere'") == true)
        #expect(try run(["map", root, "--depth", "2"])?.status == 2)
    }

    @Test func collapseMergesTheEdgesBetweenDomainsWithCounts() throws {
        let root = try ServeCommandTests.folder(Self.model)
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let result = try run(["map", root, "--collapse", "domain"]) else { return }
        #expect(result.status == 0, "\(result.error)")
        #expect(result.out.contains("\"Sales\" [") && result.out.contains("\"Shipping\" ["))
        #expect(result.out.components(separatedBy: "\"Sales\" -> \"Shipping\"").count == 2, "one merged edge")
        #expect(result.out.contains("Upstream/Downstream ×2") && result.out.contains("OHS ×2") && result.out.contains("PL ×1")
                && result.out.contains("ACL ×1") && result.out.contains("CF ×1"))
        #expect(result.out.contains("1 relationship inside"))
    }

    @Test func lintWorkshopMakesHalfFinishedWorkInformational() throws {
        let root = try ServeCommandTests.folder(Self.model)
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let strict = try run(["lint", root, "--format", "json"]), let workshop = try run(["lint", root, "--workshop", "--format", "json"]) else { return }
        #expect(strict.status == 1, "an unowned data product is an error by default")
        #expect(workshop.status == 0, "\(workshop.out)")
        #expect(workshop.out.contains("unowned-data-product"))
    }
}

/// `stormc generate site`, through the process.
struct SiteGenerationTests {
    @Test func writesAPagePerContextEventDomainAndTeamWithEscapedText() throws {
        let root = try ServeCommandTests.folder(ServeCommandTests.model)
        let out = root + "-site"
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: out)
        }
        guard let result = try MapFocusAndWorkshopTests().run(["generate", "site", root, "--out", out]) else { return }
        #expect(result.status == 0, "\(result.error)")
        let files = Set((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [])
        #expect(files.isSuperset(of: ["index.html", "context-Trips.html", "context-Scoring.html", "event-Trips.TripEnded.html",
                                      "domain-Mobility.html", "team-Journeys.html", "search.js", "search-index.js", "site.css"]))
        let trips = try String(contentsOfFile: out + "/context-Trips.html", encoding: .utf8)
        #expect(trips.contains("What if &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot; arrive?"))
        #expect(!trips.contains("<script>alert"))
        #expect(!trips.contains("http://") && !trips.contains("https://"), "no network")
        let event = try String(contentsOfFile: out + "/event-Trips.TripEnded.html", encoding: .utf8)
        #expect(event.contains("policy Scoring.ScoreEveryTrip") && event.contains("Timestamp"))
        if ServeCommandTests.hasDot { #expect(files.contains("context-map.svg") && files.contains("flow-Trips.svg")) }
        #expect(try MapFocusAndWorkshopTests().run(["generate", "site", root])?.status == 2)
    }

    /// A model that uses another domain shows the mesh of the two on its index.
    @Test func aModelThatUsesAnotherShowsTheMesh() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("storm-site-mesh-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        guard let result = try MapFocusAndWorkshopTests().run(["generate", "site", repository.path + "/Models/Marketing", "--out", out]) else { return }
        #expect(result.status == 0, "\(result.error)")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("<h2>The mesh</h2>"), "\(index)")
        guard ServeCommandTests.hasDot else { return }
        let svg = try String(contentsOfFile: out + "/mesh.svg", encoding: .utf8)
        #expect(index.contains("mesh.svg") && svg.contains("LoyaltyPoints") && svg.contains("OnlineRetail"), "\(svg.prefix(400))")
    }
}

/// A context playing the same roles on several relationships shows its badge once.
struct RoleBadgeTests {
    @Test func theSameRolesOfOneContextAreDrawnOnce() throws {
        let root = try ServeCommandTests.folder(["m.storm": """
        context A {}
        context B {}
        context C {}
        context D {}
        context map M {
          A [U, OHS, PL] -> [D, ACL] B
          A [U, OHS, PL] -> [D, ACL] C
          A [U, OHS, PL] -> [D, CF] D
        }
        """])
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let result = try MapFocusAndWorkshopTests().run(["map", root]) else { return }
        #expect(result.status == 0, "\(result.error)")
        let edges = result.out.split(separator: "\n").filter { $0.contains("\"A\" -> ") }
        #expect(edges.count == 3)
        #expect(edges.filter { $0.contains("taillabel") }.count == 1, "A's [U, OHS, PL] badge is drawn once")
        #expect(edges.filter { $0.contains("headlabel") }.count == 3, "each downstream keeps its own badge")
        guard let focused = try MapFocusAndWorkshopTests().run(["map", root, "--focus", "C"]) else { return }
        #expect(focused.out.contains("taillabel"), "the focus view keeps the badge of the edge it shows")
    }
}
