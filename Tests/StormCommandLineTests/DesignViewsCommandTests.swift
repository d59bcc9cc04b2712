import Foundation
import Testing

/// Issue 11's views through the built `stormc` process: the lifecycle view (DOT read by Graphviz without a
/// warning, Mermaid `stateDiagram-v2` read by Mermaid), gateways, failures and clocks on the flow, the
/// design-level lint rules and the design level of the review document.
@Suite struct DesignViewsCommandTests {
    typealias Support = CommandLineTestSupport

    static let library = """
    context Library {
      id BookID: String
      id PatronID: String
      actor Librarian
      actor Patron

      event HoldPlaced { book: BookID, patron: PatronID }
      event HoldExpired { book: BookID }
      event BookCheckedOut { book: BookID, patron: PatronID }
      event BookReturned { book: BookID }
      event HoldRefused { book: BookID }
      event CatalogueClosed

      aggregate Book {
        book: BookID @identity

        command PlaceHold by Patron { book: BookID, patron: PatronID } emits HoldPlaced or HoldRefused
            fails with BookAlreadyOnHold, PatronBlocked
        command CheckOut by Librarian { book: BookID, patron: PatronID } emits BookCheckedOut
        command ReturnBook by Librarian { book: BookID } emits BookReturned
        command ExpireHold { book: BookID } emits HoldExpired
        command Inspect by Librarian { book: BookID }

        lifecycle {
          Available -> OnHold by PlaceHold
          OnHold -> CheckedOut by CheckOut
          Available -> CheckedOut by CheckOut
          CheckedOut -> Available by ReturnBook
          OnHold -> Available by ExpireHold
        }

        scenario "a second hold on the same book is rejected" {
          given HoldPlaced { book: b1, patron: p1 }
          when PlaceHold { book: b1, patron: p2 }
          then fails with BookAlreadyOnHold
        }

        scenario "a book is returned before it is lent" {
          when ReturnBook { book: b1 }
          then BookReturned { book: b1 }
        }
      }

      command CloseCatalogue emits CatalogueClosed
      policy ExpireHolds: after 3 days from HoldPlaced unless BookCheckedOut then ExpireHold
      policy CloseMonthly: every month then CloseCatalogue
      read model Loans from BookCheckedOut, BookReturned, HoldRefused, HoldExpired, CatalogueClosed { count: Int }
    }

    """

    func stormc(_ arguments: [String], in folder: String) throws -> CommandResult {
        guard let executable = Support.executable() else {
            Issue.record("the stormc executable was not built")
            return CommandResult(status: -1, out: "", error: "")
        }
        return try Support.process(executable, arguments, in: folder, environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
    }

    static func hasDot() -> Bool {
        if ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains(where: {
            FileManager.default.isExecutableFile(atPath: "\($0)/dot")
        }) == true { return true }
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("Graphviz `dot` is missing") }
        print("skipped: Graphviz `dot` is missing")
        return false
    }

    @Test func theLifecycleViewIsDrawnByDotWithoutAWarningAndByMermaid() throws {
        let folder = try temporaryFolder(["Library/library.storm": Self.library])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dot = try stormc(["map", "Library", "--view", "lifecycle", "--context", "Library"], in: folder)
        #expect(dot.status == 0, "\(dot.error)")
        #expect(dot.out.contains("\"Library.aggregate.Book.state.Available\" -> \"Library.aggregate.Book.state.OnHold\" [label=<PlaceHold>]"), "\(dot.out)")
        #expect(dot.out.contains("\"Library.aggregate.Book.initial\" -> \"Library.aggregate.Book.state.Available\""))
        // No state is final: every state has a way out, so nothing points at the end.
        #expect(!dot.out.contains("Library.aggregate.Book.final"))

        let mermaid = try stormc(["map", "Library", "--view", "lifecycle", "--context", "Library", "--format", "mermaid"], in: folder)
        #expect(mermaid.status == 0, "\(mermaid.error)")
        #expect(mermaid.out.contains("stateDiagram-v2\n"))
        #expect(mermaid.out.contains("            a1_s1 --> a1_s2 : PlaceHold\n") && mermaid.out.contains("            [*] --> a1_s1\n"), "\(mermaid.out)")

        if Self.hasDot() {
            let svg = try stormc(["map", "Library", "--view", "lifecycle", "--context", "Library", "--format", "svg", "--out", "book.svg"], in: folder)
            #expect(svg.status == 0 && svg.error.isEmpty, "dot warned: \(svg.error)")
            let image = try String(contentsOfFile: folder + "/book.svg", encoding: .utf8)
            for state in ["Available", "OnHold", "CheckedOut", "PlaceHold", "ReturnBook"] { #expect(image.contains(">\(state)<"), "\(state)") }
        }
        if Mermaidx.available() {
            let rendering = try Mermaidx.render([("lifecycle", mermaid.out)])
            #expect(rendering.first?.error == nil, "\(rendering.first?.error ?? "")")
            let svg = rendering.first?.svg ?? ""
            #expect(svg.contains("statediagram") && svg.contains("OnHold") && svg.contains("PlaceHold"), "\(svg.prefix(400))")
        }
    }

    @Test func theLifecycleViewNeedsAContextWithALifecycle() throws {
        let folder = try temporaryFolder(["Library/library.storm": Self.library + "context Shop {\n  event Sold\n  command Sell emits Sold\n}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let noContext = try stormc(["map", "Library", "--view", "lifecycle"], in: folder)
        #expect(noContext.status == 2 && noContext.error.contains("the lifecycle view needs --context NAME"), "\(noContext.error)")
        let none = try stormc(["map", "Library", "--view", "lifecycle", "--context", "Shop"], in: folder)
        #expect(none.status == 2 && none.out.isEmpty, "\(none.error)")
        #expect(none.error == "stormc map: error: context 'Shop' declares no lifecycle; contexts with one: Library\n", "\(none.error)")
    }

    @Test func theFlowDrawsGatewaysFailuresAndClocks() throws {
        let folder = try temporaryFolder(["Library/library.storm": Self.library])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dot = try stormc(["map", "Library", "--view", "flow", "--context", "Library"], in: folder)
        #expect(dot.status == 0, "\(dot.error)")
        #expect(dot.out.contains("\"Library.command.PlaceHold\" -> \"Library.gateway.PlaceHold\""))
        #expect(dot.out.contains("\"Library.gateway.PlaceHold\" -> \"Library.event.HoldPlaced\"") && dot.out.contains("\"Library.gateway.PlaceHold\" -> \"Library.event.HoldRefused\""))
        #expect(!dot.out.contains("\"Library.command.PlaceHold\" -> \"Library.event.HoldPlaced\""), "the alternatives part at the gateway")
        #expect(dot.out.contains("\"Library.command.PlaceHold\" -> \"Library.failure.PlaceHold.PatronBlocked\" [color=\"#E03131\", penwidth=\"1.2\", style=\"dashed\"]"))
        #expect(dot.out.contains("\u{23F0} 3 days after HoldPlaced unless BookCheckedOut") && dot.out.contains("\u{23F0} every month"))
        let mermaid = try stormc(["map", "Library", "--view", "big-picture", "--format", "mermaid"], in: folder)
        #expect(mermaid.status == 0 && mermaid.out.contains("{\"<b>or</b>\"}") && mermaid.out.contains("[/\"<b>PatronBlocked</b>\"/]"), "\(mermaid.out)")
        try expectRenderedByGraphvizAndMermaid(folder, mermaid: mermaid.out)
    }

    /// Graphviz draws the flow and big-picture views of `Library` in `folder` without a warning, and Mermaid
    /// reads the big picture's Mermaid text.
    func expectRenderedByGraphvizAndMermaid(_ folder: String, mermaid: String) throws {
        if Self.hasDot() {
            for view in ["flow", "big-picture"] {
                let svg = try stormc(["map", "Library", "--view", view, "--context", "Library", "--format", "svg", "--out", "\(view).svg"], in: folder)
                #expect(svg.status == 0 && svg.error.isEmpty, "dot warned on \(view): \(svg.error)")
            }
        }
        if Mermaidx.available() {
            let rendering = try Mermaidx.render([("big-picture", mermaid)])
            #expect(rendering.first?.error == nil, "\(rendering.first?.error ?? "")")
        }
    }

    /// A policy's choice (`then A or B`) parts at a gateway, as a command's exclusive outcomes do, in DOT
    /// (read by Graphviz without a warning) and in Mermaid (read by Mermaid).
    @Test func aPolicysChoiceIsDrawnAsAGateway() throws {
        let choosing = Self.library.replacingOccurrences(
            of: "  policy CloseMonthly:", with: "  policy SettleRefusals: when HoldRefused then ReturnBook or Inspect\n  policy CloseMonthly:")
        let folder = try temporaryFolder(["Library/library.storm": choosing])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dot = try stormc(["map", "Library", "--view", "flow", "--context", "Library"], in: folder)
        #expect(dot.status == 0, "\(dot.error)")
        #expect(dot.out.contains("\"Library.policy.SettleRefusals\" -> \"Library.choice.SettleRefusals\""), "\(dot.out)")
        #expect(dot.out.contains("\"Library.choice.SettleRefusals\" -> \"Library.command.ReturnBook\"")
            && dot.out.contains("\"Library.choice.SettleRefusals\" -> \"Library.command.Inspect\""))
        #expect(!dot.out.contains("\"Library.policy.SettleRefusals\" -> \"Library.command."), "the choices part at the gateway")
        #expect(dot.out.contains("\"Library.policy.ExpireHolds\" -> \"Library.command.ExpireHold\""), "a policy without a choice keeps its arrow")
        let mermaid = try stormc(["map", "Library", "--view", "big-picture", "--format", "mermaid"], in: folder)
        #expect(mermaid.status == 0 && mermaid.out.components(separatedBy: "{\"<b>or</b>\"}").count == 3, "\(mermaid.out)")
        try expectRenderedByGraphvizAndMermaid(folder, mermaid: mermaid.out)
    }

    /// The design-level rules, rendered as `stormc lint` prints them (the golden lines), and an event named
    /// after a deadline's `unless` counted as consumed.
    @Test func theDesignLevelRulesAreRenderedByLint() throws {
        let broken = Self.library
            .replacingOccurrences(of: "from BookCheckedOut, ", with: "from ")
            .replacingOccurrences(of: "  event HoldPlaced {", with: "  event HoldRequested\n  event HoldPlaced {")
            .replacingOccurrences(of: "from HoldPlaced unless", with: "from HoldRequested unless")
        let folder = try temporaryFolder(["Library/library.storm": broken])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lint = try stormc(["lint", "Library"], in: folder)
        #expect(lint.status == 0, "\(lint.error)")
        let golden = [
            """
            Library/library.storm:19:39: note: no scenario expects command `Library.PlaceHold` to fail with `PatronBlocked` [unexercised-failure]
             19 |         fails with BookAlreadyOnHold, PatronBlocked
                |                                       ^~~~~~~~~~~~~
            """,
            """
            Library/library.storm:23:5: warning: command `Library.Inspect` is in no transition of the lifecycle of `Book` and emits no event [command-without-effect]
             23 |     command Inspect by Librarian { book: BookID }
                |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            Library/library.storm:25:5: note: the lifecycle is here
             25 |     lifecycle {
                |     ^~~~~~~~~~~
            """,
            """
            Library/library.storm:39:5: warning: scenario "a book is returned before it is lent": `ReturnBook` succeeds while `Book` is `Available`, but its lifecycle only allows it from `CheckedOut` [scenario-contradicts-lifecycle]
            """,
            """
            Library/library.storm:46:3: warning: the deadline of policy `Library.ExpireHolds` starts with `Library.HoldRequested`, which no command emits: it never starts [unemitted-deadline-event]
            """,
        ]
        for lines in golden { #expect(lint.error.contains(lines + "\n"), "missing:\n\(lines)\nin:\n\(lint.error)") }
        // BookCheckedOut now only calls the deadline off: consumed all the same. The deadline is not also an untriggered policy.
        #expect(!lint.error.contains("`Library.BookCheckedOut` is neither consumed") && !lint.error.contains("[untriggered-policy]"), "\(lint.error)")
        #expect(lint.error.contains("event `Library.HoldPlaced` is neither consumed nor published"), "no deadline starts with it any longer")
    }

    @Test func theReviewShowsEachAggregatesDesign() throws {
        let folder = try temporaryFolder(["Library/library.storm": Self.library])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try stormc(["report", "Library"], in: folder)
        #expect(report.status == 0, "\(report.error)")
        let expected = """
        #### Aggregate `Book`

        Lifecycle: starts in `Available`, ends in none (the states no transition leaves).

        | From | Command | To |
        |---|---|---|
        | `Available` | `PlaceHold` | `OnHold` |
        """
        #expect(report.out.contains(expected), "\(report.out)")
        #expect(report.out.contains("| `PlaceHold` | `HoldPlaced` or `HoldRefused` | `BookAlreadyOnHold`, `PatronBlocked` |"))
        #expect(report.out.contains("| a second hold on the same book is rejected | `HoldPlaced` | `PlaceHold` | fails with `BookAlreadyOnHold` |"))
    }

    /// Failures and a query's request and response get JSON Schemas that the official validator
    /// (python `jsonschema`, draft 2020-12) accepts, and that accept and refuse what they should.
    @Test func failuresAndQueriesGetSchemasTheValidatorAccepts() throws {
        let model = Self.library.replacingOccurrences(of: "CatalogueClosed { count: Int }",
            with: "CatalogueClosed {\n    count: Int\n    query LoansOf(patron: PatronID) returns [BookID] asked by Librarian\n  }")
        let folder = try temporaryFolder(["Library/library.storm": model])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generate = try stormc(["generate", "jsonschema", "Library", "--out", "out"], in: folder)
        #expect(generate.status == 0, "\(generate.error)")
        // The python3 on PATH, as the user's shell finds it (CI installs jsonschema there).
        let env = URL(fileURLWithPath: "/usr/bin/env"), environment = ProcessInfo.processInfo.environment
        let probe = try Support.process(env, ["python3", "-c", "import jsonschema"], in: folder, environment: environment)
        guard probe.status == 0 else {
            if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("python jsonschema is missing") }
            return print("skipped: python jsonschema (`python3 -m pip install jsonschema`) is missing")
        }
        let script = #"""
        import json
        from jsonschema import Draft202012Validator as V
        def load(path): return json.load(open("out/Library/" + path))
        checks = [
            ("failures/PlaceHold.BookAlreadyOnHold.schema.json", {}, True),
            ("failures/PlaceHold.BookAlreadyOnHold.schema.json", {"extra": 1}, False),
            ("queries/Loans.LoansOf.request.schema.json", {"patron": "p1"}, True),
            ("queries/Loans.LoansOf.request.schema.json", {}, False),
            ("queries/Loans.LoansOf.response.schema.json", ["b1", "b2"], True),
            ("queries/Loans.LoansOf.response.schema.json", [1], False),
        ]
        for path, instance, valid in checks:
            schema = load(path)
            V.check_schema(schema)
            assert V(schema).is_valid(instance) == valid, (path, instance)
        print("ok", len(checks))
        """#
        let run = try Support.process(env, ["python3", "-c", script], in: folder, environment: environment)
        #expect(run.status == 0 && run.out == "ok 6\n", "\(run.out)\(run.error)")
    }

    /// Failures and a query's request and response get Avro schemas that python `avro` parses, and that
    /// write and read back a datum of each.
    @Test func failuresAndQueriesGetAvroSchemasThatRoundTrip() throws {
        let model = Self.library.replacingOccurrences(of: "CatalogueClosed { count: Int }",
            with: "CatalogueClosed {\n    count: Int\n    query LoansOf(patron: PatronID) returns [BookID] asked by Librarian\n  }")
        let folder = try temporaryFolder(["Library/library.storm": model])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generate = try stormc(["generate", "avro", "Library", "--out", "out"], in: folder)
        #expect(generate.status == 0, "\(generate.error)")
        let env = URL(fileURLWithPath: "/usr/bin/env"), environment = ProcessInfo.processInfo.environment
        let probe = try Support.process(env, ["python3", "-c", "import avro.schema"], in: folder, environment: environment)
        guard probe.status == 0 else {
            if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("python avro is missing") }
            return print("skipped: python avro (`python3 -m pip install avro`) is missing")
        }
        let script = #"""
        import io, json
        import avro.io, avro.schema
        checks = [
            ("failures/PlaceHold.BookAlreadyOnHold.avsc", {}, "record", "library.library.failures.placehold.BookAlreadyOnHold"),
            ("queries/Loans.LoansOf.request.avsc", {"patron": "p1"}, "record", "library.library.queries.loans.LoansOfRequest"),
            ("queries/Loans.LoansOf.response.avsc", ["b1", "b2"], "array", None),
        ]
        for path, datum, kind, name in checks:
            schema = avro.schema.parse(open("out/Library/" + path).read())
            assert schema.type == kind, (path, schema.type)
            assert name is None or schema.fullname == name, (path, schema.fullname)
            buffer = io.BytesIO()
            avro.io.DatumWriter(schema).write(datum, avro.io.BinaryEncoder(buffer))
            buffer.seek(0)
            assert avro.io.DatumReader(schema).read(avro.io.BinaryDecoder(buffer)) == datum, path
        print("ok", len(checks))
        """#
        let run = try Support.process(env, ["python3", "-c", script], in: folder, environment: environment)
        #expect(run.status == 0 && run.out == "ok 3\n", "\(run.out)\(run.error)")
    }
}
