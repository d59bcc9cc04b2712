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
