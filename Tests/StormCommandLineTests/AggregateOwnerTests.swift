import Foundation
import Testing

/// `owner Team` inside an aggregate, through the built `stormc`.
struct AggregateOwnerTests {
    typealias Support = CommandLineTestSupport

    @Test func anAggregateHasItsOwnOwnerOrTheContexts() throws {
        guard let stormc = Support.executable() else { return }
        let model = """
        team ClaimsTeam

        team PaymentsTeam

        context Claims {
          owner ClaimsTeam

          aggregate Claim {
            command FileClaim emits ClaimFiled
          }

          aggregate Payout {
            owner PaymentsTeam
            command PayOut emits PaidOut
          }

          event ClaimFiled
          event PaidOut
        }

        """
        let folder = try temporaryFolder(["m/model.storm": model])
        let check = try Support.process(stormc, ["check", "m"], in: folder, environment: [:])
        #expect(check.status == 0, "\(check.error)")
        let fmt = try Support.process(stormc, ["fmt", "--check", "m"], in: folder, environment: [:])
        #expect(fmt.status == 0, "\(fmt.error)")
        let json = try Support.process(stormc, ["model", "--json", "m"], in: folder, environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let aggregates = ((object?["contexts"] as? [[String: Any]])?.first?["aggregates"] as? [[String: Any]]) ?? []
        #expect(aggregates.map { $0["owner"] as? String } == ["ClaimsTeam", "PaymentsTeam"])
    }

    @Test func aMisspeltOwnerSuggestsTheTeam() throws {
        guard let stormc = Support.executable() else { return }
        let model = """
        team PaymentsTeam
        context Claims {
          aggregate Payout {
            owner PaymentTeam
          }
        }

        """
        let folder = try temporaryFolder(["m/model.storm": model])
        let check = try Support.process(stormc, ["check", "m"], in: folder, environment: [:])
        #expect(check.status == 1)
        #expect(check.error.hasPrefix("""
        m/model.storm:4:11: error: unknown team `PaymentTeam` [unresolved-reference]
         4 |     owner PaymentTeam
           |           ^~~~~~~~~~~
          = help: did you mean `PaymentsTeam`?
        """), "\(check.error)")
    }
}
