import Foundation
import Testing

/// Design-level constructs (`Docs/Language.md`, "Design level") through the built `stormc` process:
/// `check` accepts them, `fmt` keeps them, `model --json` shows them.
struct DesignLevelCommandTests {
    typealias Support = CommandLineTestSupport

    static let claims = """
    context Claims {
      id PolicyNumber: String
      actor Adjuster
      event ReviewStarted
      event ClaimAccepted { amount: Decimal }
      event ClaimRejected
      event ClaimEscalated

      aggregate Claim {
        command StartReview by Adjuster emits ReviewStarted

        command DecideClaim { amount: Decimal } emits ClaimAccepted or ClaimRejected, ClaimEscalated
            fails with PolicyNotFound { policy: PolicyNumber }, CoverageExceeded
      }

      policy Decide: when ReviewStarted then DecideClaim or StartReview
    }

    """

    func stormc(_ arguments: [String], in folder: String) throws -> CommandResult {
        guard let executable = Support.executable() else {
            Issue.record("the stormc executable was not built")
            return CommandResult(status: -1, out: "", error: "")
        }
        return try Support.process(executable, arguments, in: folder, environment: [:])
    }

    @Test func outcomesFailuresAndChoicesCheckFormatAndExport() throws {
        let folder = try temporaryFolder(["claims.storm": Self.claims])
        let check = try stormc(["check", "claims.storm"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        let format = try stormc(["fmt", "--check", "claims.storm"], in: folder)
        #expect(format.status == 0, "\(format.out)\(format.error)")

        let export = try stormc(["model", "--json", "claims.storm"], in: folder)
        #expect(export.status == 0, "\(export.error)")
        let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        let context = (json?["contexts"] as? [[String: Any]])?.first ?? [:]
        let decide = (context["commands"] as? [[String: Any]])?.first { $0["name"] as? String == "DecideClaim" } ?? [:]
        #expect(decide["outcomes"] as? [[String]] == [["Claims.ClaimAccepted"], ["Claims.ClaimRejected", "Claims.ClaimEscalated"]])
        let failures = decide["failures"] as? [[String: Any]] ?? []
        #expect(failures.map { $0["name"] as? String } == ["PolicyNotFound", "CoverageExceeded"])
        #expect(((failures.first?["fields"] as? [[String: Any]])?.first?["type"]) as? String == "Claims.PolicyNumber")
        let policy = (context["policies"] as? [[String: Any]])?.first ?? [:]
        #expect(policy["choices"] as? [[String]] == [["Claims.DecideClaim"], ["Claims.StartReview"]])
    }

    @Test func aRepeatedOutcomeFailsTheCheck() throws {
        let folder = try temporaryFolder(["claims.storm": "context C {\n  event A\n  command Do emits A or A\n}\n"])
        let check = try stormc(["check", "claims.storm"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("claims.storm:3:25: error: `A` is listed twice in the outcomes of command `Do`"))
    }
}

/// `lifecycle` through the built `stormc` process.
struct LifecycleCommandTests {
    static let claim = """
    context Claims {
      event ReviewStarted
      event ClaimAccepted
      event ClaimRejected

      aggregate Claim {
        command StartReview emits ReviewStarted
        command DecideClaim emits ClaimAccepted or ClaimRejected

        lifecycle {
          Submitted -> UnderReview by StartReview
          UnderReview -> Accepted by DecideClaim
          UnderReview -> Rejected by DecideClaim
        }
      }
    }

    """

    @Test func aLifecycleChecksFormatsAndIsExported() throws {
        let folder = try temporaryFolder(["claims.storm": Self.claim])
        let design = DesignLevelCommandTests()
        let check = try design.stormc(["check", "claims.storm"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        #expect(try design.stormc(["fmt", "--check", "claims.storm"], in: folder).status == 0)
        let export = try design.stormc(["model", "--json", "claims.storm"], in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        let context = (json?["contexts"] as? [[String: Any]])?.first ?? [:]
        let lifecycle = (context["aggregates"] as? [[String: Any]])?.first?["lifecycle"] as? [String: Any] ?? [:]
        #expect(lifecycle["states"] as? [String] == ["Submitted", "UnderReview", "Accepted", "Rejected"])
        #expect(lifecycle["initial"] as? String == "Submitted")
        #expect(lifecycle["final"] as? [String] == ["Accepted", "Rejected"])
        #expect((lifecycle["transitions"] as? [[String: String]])?.last == ["from": "UnderReview", "to": "Rejected", "command": "DecideClaim"])
    }

    @Test func aMisspeltCommandIsReportedWithASuggestion() throws {
        let folder = try temporaryFolder(["claims.storm": Self.claim.replacingOccurrences(of: "Rejected by DecideClaim", with: "Rejected by DecideClam")])
        let check = try DesignLevelCommandTests().stormc(["check", "claims.storm"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("claims.storm:13:34: error: unknown command `DecideClam` in aggregate `Claim` [unresolved-reference]"))
        #expect(check.error.contains("did you mean `DecideClaim`?"))
        // One mistake, one diagnostic: the states the transition connects are still reachable.
        #expect(check.error.components(separatedBy: ": error: ").count + check.error.components(separatedBy: ": warning: ").count == 3)
    }
}

/// Time policies through the built `stormc` process.
struct SchedulePolicyCommandTests {
    static let lending = """
    context Lending {
      event HoldPlaced
      event BookCheckedOut
      event HoldExpired
      event MonthClosed
      command ExpireHold emits HoldExpired
      command CloseMonth emits MonthClosed
      policy ExpireHolds: after 3 days from HoldPlaced unless BookCheckedOut then ExpireHold
      policy Monthly: every month then CloseMonth
    }

    """

    @Test func timePoliciesCheckFormatAndAreExported() throws {
        let folder = try temporaryFolder(["lending.storm": Self.lending])
        let design = DesignLevelCommandTests()
        let check = try design.stormc(["check", "lending.storm"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        #expect(try design.stormc(["fmt", "--check", "lending.storm"], in: folder).status == 0)
        let export = try design.stormc(["model", "--json", "lending.storm"], in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        let policies = ((json?["contexts"] as? [[String: Any]])?.first?["policies"] as? [[String: Any]]) ?? []
        let deadline = policies.first?["schedule"] as? [String: Any] ?? [:]
        #expect(deadline["kind"] as? String == "after")
        #expect(deadline["period"] as? String == "P3D")
        #expect(deadline["from"] as? String == "Lending.HoldPlaced")
        #expect(deadline["unless"] as? [String] == ["Lending.BookCheckedOut"])
        #expect(policies.first?["when"] as? [String] == ["Lending.HoldPlaced"])
        let monthly = policies.last?["schedule"] as? [String: Any] ?? [:]
        #expect(monthly["kind"] as? String == "every")
        #expect(monthly["period"] as? String == "P1M")
        #expect(policies.last?["when"] as? [String] == [])
    }

    @Test func aMisspeltUnitIsReportedWithASuggestion() throws {
        let folder = try temporaryFolder(["lending.storm": Self.lending.replacingOccurrences(of: "every month", with: "every monht")])
        let check = try DesignLevelCommandTests().stormc(["check", "lending.storm"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("lending.storm:9:25: error: expected a unit of time"))
        #expect(check.error.contains("did you mean `month`?"))
    }
}

/// Commands across contexts (`then Payments.ChargeCard`), checked against the context map, through the
/// built `stormc` process.
struct RemoteCommandCommandTests {
    static func model(map: String) -> [String: String] {
        ["m.storm": """
        context Payments {
          aggregate Card {
            command ChargeCard emits CardCharged
          }
          event CardCharged
        }
        context Rentals {
          event CarReturned
          policy ChargeOnReturn: when CarReturned then Payments.ChargeCard
        }
        context map Landscape { \(map) }

        """]
    }

    @Test func aDownstreamContextMayCommandItsUpstream() throws {
        let folder = try temporaryFolder(Self.model(map: "Payments [U, OHS] -> [D] Rentals"))
        let design = DesignLevelCommandTests()
        let check = try design.stormc(["check", "m.storm"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        let export = try design.stormc(["model", "--json", "m.storm"], in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        let contexts = json?["contexts"] as? [[String: Any]] ?? []
        let policy = (contexts.last?["policies"] as? [[String: Any]])?.first ?? [:]
        #expect(policy["then"] as? [String] == ["Payments.ChargeCard"])
        let command = (contexts.first?["commands"] as? [[String: Any]])?.first ?? [:]
        #expect(command["issuers"] as? [[String: String]] == [["policy": "Rentals.ChargeOnReturn"]])
        // The issuing policy counts: no `unissued-command` warning.
        let lint = try design.stormc(["lint", "m.storm"], in: folder)
        #expect(!lint.out.contains("unissued-command") && !lint.error.contains("unissued-command"))
    }

    @Test func partnersMayCommandEachOther() throws {
        let folder = try temporaryFolder(Self.model(map: "Payments partnership Rentals"))
        #expect(try DesignLevelCommandTests().stormc(["check", "m.storm"], in: folder).status == 0)
    }

    @Test func anUpstreamContextMayNotCommandItsDownstream() throws {
        let folder = try temporaryFolder(Self.model(map: "Rentals -> Payments"))
        let check = try DesignLevelCommandTests().stormc(["check", "m.storm"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("m.storm:9:48: error: policy `ChargeOnReturn` issues `Payments.ChargeCard`, a command of context `Payments`, which is neither upstream of `Rentals`"))
    }

    @Test func aMisspeltRemoteCommandGetsASuggestion() throws {
        var files = Self.model(map: "Payments -> Rentals")
        files["m.storm"] = files["m.storm"]?.replacingOccurrences(of: "then Payments.ChargeCard", with: "then Payments.ChargeCrd")
        let folder = try temporaryFolder(files)
        let check = try DesignLevelCommandTests().stormc(["check", "m.storm"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("did you mean `ChargeCard`?") || check.error.contains("did you mean `Payments.ChargeCard`?"), "\(check.error)")
    }
}

/// Scenarios through the built `stormc` process.
struct ScenarioCommandTests {
    static let lending = """
    context Lending {
      id BookID
      id PatronID
      event HoldPlaced { book: BookID, patron: PatronID }

      aggregate Hold {
        command PlaceHold { book: BookID, patron: PatronID, days: Int } emits HoldPlaced
            fails with BookAlreadyOnHold

        scenario "a second hold on the same book is rejected" {
          given HoldPlaced { book: b1, patron: p1 }
          when PlaceHold { book: b1, patron: p2, days: 3 }
          then fails with BookAlreadyOnHold
        }

        scenario "a hold is placed" {
          when PlaceHold { book: "4a1c", patron: p1 }
          then HoldPlaced { book: "4a1c", patron: p1 }
        }
      }
    }

    """

    @Test func scenariosCheckFormatAndAreExported() throws {
        let folder = try temporaryFolder(["lending.storm": Self.lending])
        let design = DesignLevelCommandTests()
        let check = try design.stormc(["check", "lending.storm"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        #expect(try design.stormc(["fmt", "--check", "lending.storm"], in: folder).status == 0)
        let export = try design.stormc(["model", "--json", "lending.storm"], in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        let aggregate = ((json?["contexts"] as? [[String: Any]])?.first?["aggregates"] as? [[String: Any]])?.first ?? [:]
        let scenarios = aggregate["scenarios"] as? [[String: Any]] ?? []
        #expect(scenarios.map { $0["title"] as? String } == ["a second hold on the same book is rejected", "a hold is placed"])
        let first = scenarios.first ?? [:]
        let given = (first["given"] as? [[String: Any]])?.first ?? [:]
        #expect(given["name"] as? String == "Lending.HoldPlaced")
        #expect((given["values"] as? [String: Any])?["book"] as? [String: String] == ["placeholder": "b1"])
        let when = first["when"] as? [String: Any] ?? [:]
        #expect((when["values"] as? [String: Any])?["days"] as? Int == 3)
        #expect(first["then"] as? [String: String] == ["failure": "BookAlreadyOnHold"])
        let second = scenarios.last?["then"] as? [String: Any]
        #expect(((second?["events"] as? [[String: Any]])?.first?["values"] as? [String: Any])?["book"] as? String == "4a1c")
    }

    @Test func anEventTheCommandDoesNotEmitIsReported() throws {
        let text = Self.lending.replacingOccurrences(of: "then HoldPlaced { book: \"4a1c\", patron: p1 }", with: "then HoldCancelled")
            .replacingOccurrences(of: "  event HoldPlaced", with: "  event HoldCancelled\n  event HoldPlaced")
        let folder = try temporaryFolder(["lending.storm": text])
        let check = try DesignLevelCommandTests().stormc(["check", "lending.storm"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("error: command `PlaceHold` does not emit `HoldCancelled`: a scenario expects one of the command's outcomes [undeclared-outcome]"))
    }
}

/// Queries of read models through the built `stormc` process.
struct QueryCommandTests {
    static let lending = """
    context Lending {
      actor Librarian
      value HoldSummary { book: String }
      event HoldPlaced

      read model HoldSheet from HoldPlaced {
        count: Int
        query DailySheet(day: Date, limit: Int = 10) returns [HoldSummary] asked by Librarian, Catalogue
      }
    }

    context Catalogue {}

    """

    @Test func queriesCheckFormatAndAreExported() throws {
        let folder = try temporaryFolder(["lending.storm": Self.lending])
        let design = DesignLevelCommandTests()
        let check = try design.stormc(["check", "lending.storm"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        #expect(try design.stormc(["fmt", "--check", "lending.storm"], in: folder).status == 0)
        let export = try design.stormc(["model", "--json", "lending.storm"], in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any]
        let readModel = ((json?["contexts"] as? [[String: Any]])?.first?["readModels"] as? [[String: Any]])?.first ?? [:]
        let query = (readModel["queries"] as? [[String: Any]])?.first ?? [:]
        #expect(query["name"] as? String == "DailySheet")
        #expect(query["returns"] as? String == "[Lending.HoldSummary]")
        #expect((query["parameters"] as? [[String: Any]])?.map { $0["name"] as? String } == ["day", "limit"])
        #expect(query["askedBy"] as? [[String: String]] == [["actor": "Librarian"], ["context": "Catalogue"]])
    }

    /// A query asked by another context is a request with a reply in both contexts' AsyncAPI documents,
    /// which the official AsyncAPI 3.0.0 schema accepts.
    @Test func aQueryAskedByAnotherContextIsARequestWithAReply() throws {
        let folder = try temporaryFolder(["lending.storm": Self.lending])
        let design = DesignLevelCommandTests()
        let generate = try design.stormc(["generate", "asyncapi", "lending.storm", "--out", "out"], in: folder)
        #expect(generate.status == 0, "\(generate.error)")
        let owner = try String(contentsOfFile: folder + "/out/Lending.asyncapi.yaml", encoding: .utf8)
        let asker = try String(contentsOfFile: folder + "/out/Catalogue.asyncapi.yaml", encoding: .utf8)
        // The domain is the folder's name.
        let request = ".lending.queries.HoldSheet.DailySheet.request", reply = ".lending.queries.HoldSheet.DailySheet.reply"
        for document in [owner, asker] {
            #expect(document.contains("\(request):\n    address: ") && document.contains("\(reply):\n    address: "), "\(document)")
            #expect(document.contains("    reply:\n      channel:\n") && document.contains("\(reply)/messages/reply\""), "\(document)")
        }
        #expect(owner.contains("receive.query.HoldSheet.DailySheet:\n    action: receive"), "\(owner)")
        #expect(asker.contains("send.query.Lending.HoldSheet.DailySheet:\n    action: send"), "\(asker)")
        let env = URL(fileURLWithPath: "/usr/bin/env"), environment = ProcessInfo.processInfo.environment
        guard (try? CommandLineTestSupport.process(env, ["python3", "--version"], in: folder, environment: environment))?.status == 0 else {
            if environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("python3 is missing") }
            return print("skipped: python3 is missing")
        }
        let script = HostileTextTests.root.appendingPathComponent("Tests/StormGeneratorsTests/Validation/validate.py").path
        let schema = HostileTextTests.root.deletingLastPathComponent().appendingPathComponent("shared/schemas/asyncapi-3.0.0.schema.json").path
        let validate = try CommandLineTestSupport.process(env, ["python3", script, "--asyncapi", "out", "--asyncapi-schema", schema], in: folder, environment: environment)
        if validate.status == 3 {
            if environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("a Python module is missing: \(validate.out)") }
            return print("skipped: \(validate.out)")
        }
        #expect(validate.status == 0 && validate.out.contains("\"asyncapi\": 2"), "\(validate.out)\(validate.error)")
    }

    @Test func aMisspeltAskerGetsASuggestion() throws {
        let folder = try temporaryFolder(["lending.storm": Self.lending.replacingOccurrences(of: "asked by Librarian,", with: "asked by Librarain,")])
        let check = try DesignLevelCommandTests().stormc(["check", "lending.storm"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("error: unknown actor, external system or context `Librarain`"), "\(check.error)")
        #expect(check.error.contains("did you mean `Librarian`?"))
    }
}
