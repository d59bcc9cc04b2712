import Foundation
import Testing

/// The platform policy's `explicitEventVersions`: an event that leaves its domain writes its version.
@Suite struct PolicyEventVersionTests {
    static let model = """
        domain Commerce { subdomain Payments: core }
        domain Marketing { subdomain Loyalty: supporting }
        context Payments implements Commerce.Payments {
          event PaymentSettled v1 { amount: Int }
          event PaymentRefunded { amount: Int }
          event PaymentAuthorised { amount: Int }
          event PaymentNoted
          policy Note: when PaymentSettled then Record
          command Record emits PaymentNoted
          data product Settlements {
            output port settled publishes PaymentSettled, PaymentRefunded
          }
        }
        context Loyalty implements Marketing.Loyalty {
          command Award emits PointsAwarded
          event PointsAwarded
          policy AwardOnAuthorisation: when Payments.PaymentAuthorised then Award
        }
        context map M { Payments [U, PL] -> [D] Loyalty }

        """

    @Test func eventsLeavingTheirDomainMustWriteTheirVersion() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder([
            "P/p.storm": Self.model,
            "policy.json": #"{"stormPolicy": "1.0", "explicitEventVersions": true}"#,
            "off.json": #"{"stormPolicy": "1.0", "explicitEventVersions": false}"#,
            "bad.json": #"{"stormPolicy": "1.0", "explicitEventVersions": "yes"}"#,
        ])
        let result = try stormc.run(["lint", "P", "--policy", "policy.json"], in: folder)
        #expect(result.status == 1)
        for line in [
            "P/p.storm:5:3: error: event `Payments.PaymentRefunded` leaves its domain (output port `Settlements.settled` publishes it) without an explicit version: the platform policy asks for one, as in `event PaymentRefunded v1` [policy-event-version]",
            "P/p.storm:6:3: error: event `Payments.PaymentAuthorised` leaves its domain (`Loyalty` of domain `Marketing` consumes it through policy `AwardOnAuthorisation`) without an explicit version: the platform policy asks for one, as in `event PaymentAuthorised v1` [policy-event-version]",
        ] { #expect(result.error.contains(line + "\n"), "missing: \(line)\n\(result.error)") }
        // A versioned event, and one that stays inside its domain, are left alone.
        #expect(!result.error.contains("`Payments.PaymentSettled` leaves") && !result.error.contains("`Payments.PaymentNoted` leaves"), "\(result.error)")
        #expect(result.error.components(separatedBy: "[policy-event-version]").count == 3, "\(result.error)")

        // SARIF describes the rule, so a code host can show what each finding means.
        let sarif = try stormc.run(["lint", "P", "--policy", "policy.json", "--format", "sarif"], in: folder)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let findings = try #require(run["results"] as? [[String: Any]]).filter { $0["ruleId"] as? String == "policy-event-version" }
        #expect(findings.count == 2)
        for finding in findings {
            let index = try #require(finding["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == "policy-event-version")
            #expect(finding["level"] as? String == "error")
        }

        // Without the key, or with it false, nothing is asked.
        for arguments in [["lint", "P"], ["lint", "P", "--policy", "off.json"]] {
            let plain = try stormc.run(arguments, in: folder)
            #expect(!plain.error.contains("policy-event-version"), "\(arguments): \(plain.error)")
        }
        let bad = try stormc.run(["lint", "P", "--policy", "bad.json"], in: folder)
        #expect(bad.status == 2 && bad.error.contains("`explicitEventVersions` must be true or false"), "\(bad.error)")
    }
}
