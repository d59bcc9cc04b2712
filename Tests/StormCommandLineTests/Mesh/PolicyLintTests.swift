import Foundation
import Testing

/// Federated governance: the platform's `storm-policy.json` applied by a domain's `stormc lint`, which
/// may tighten its rules but never loosen them.
@Suite struct PolicyLintTests {
    static let files = [
        "M/m.storm": """
        domain Commerce { subdomain Payments: core }
        domain Marketing { subdomain Loyalty: supporting }
        team Treasury
        context Payments implements Commerce.Payments {
          owner Treasury
          event PaymentSettled { amount: Int }
          event payment_failed
          data product Settlements {
            output port settled publishes PaymentSettled, payment_failed { freshness 1 day }
          }
        }
        context Loyalty implements Marketing.Loyalty {
          owner Treasury
          command Award emits Awarded
          event Awarded
          policy AwardOnSettlement: when Payments.PaymentSettled then Award
        }
        context map M { Payments [U] -> [D] Loyalty }

        """,
        "platform/storm-policy.json": """
        {
          "stormPolicy": "1.0",
          "rules": { "output-port-without-objectives": "error", "unused-event": "warning" },
          "objectives": { "freshnessAtMost": "PT1H", "availabilityAtLeast": 99.5 },
          "eventNames": "^[A-Z][A-Za-z0-9]*$",
          "productDescriptions": true,
          "crossDomainPatterns": ["OHS", "PL"]
        }

        """,
    ]

    static func folder(stormJSON: String) throws -> String {
        try temporaryFolder(files.merging(["storm.json": stormJSON]) { $1 })
    }

    @Test func stormJSONNamesThePlatformPolicyThatLintApplies() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.folder(stormJSON: #"{"policy": "platform/storm-policy.json"}"#)
        let result = try stormc.run(["lint", "M"], in: folder)
        #expect(result.status == 1)
        let expected = [
            "M/m.storm:7:3: error: event `Payments.payment_failed` does not match the platform's event names `^[A-Z][A-Za-z0-9]*$` [policy-event-name]",
            "M/m.storm:8:3: error: data product `Payments.Settlements` has no description: the platform policy asks for a `///` comment [policy-product-description]",
            "M/m.storm:9:5: error: output port `Settlements.settled` of `Payments` has no availability objective [output-port-without-objectives]",
            "M/m.storm:9:5: error: output port `Settlements.settled` of `Payments` must be available at least 99.5% by the platform policy, but has no availability objective [policy-objectives]",
            "M/m.storm:9:5: error: output port `Settlements.settled` of `Payments` must be fresh within 1 hour by the platform policy, but promises 1 day [policy-objectives]",
            "M/m.storm:18:17: error: the relationship between `Payments` (Commerce) and `Loyalty` (Marketing) crosses domains, but its upstream offers none of the platform's patterns `OHS`, `PL` [policy-cross-domain-pattern]",
            "M: 6 errors, 2 warnings, 0 info",
        ]
        for line in expected { #expect(result.error.contains(line + "\n"), "missing: \(line)\n\(result.error)") }
        #expect(result.error.contains(" 18 | context map M { Payments [U] -> [D] Loyalty }\n    |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"))

        // Without the policy those rules do not exist, and the port's missing availability is a warning.
        let alone = try stormc.run(["lint", "M"], in: try temporaryFolder(Self.files))
        #expect(!alone.error.contains("policy-") && alone.error.contains("warning: output port `Settlements.settled` of `Payments` has no availability objective"),
                "\(alone.error)")
    }

    @Test func aDomainMayTightenAPlatformRule() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.folder(stormJSON: #"{"policy": "platform/storm-policy.json", "lint": {"rules": {"unused-event": "error"}}}"#)
        let result = try stormc.run(["lint", "M"], in: folder)
        #expect(result.error.contains("error: event `Loyalty.Awarded` is neither consumed nor published by an output port [unused-event]"), "\(result.error)")
    }

    @Test func aDomainMayNotLoosenAPlatformRule() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.folder(stormJSON: #"{"policy": "platform/storm-policy.json", "lint": {"rules": {"output-port-without-objectives": "warning"}}}"#)
        let result = try stormc.run(["lint", "M"], in: folder)
        #expect(result.status == 1)
        #expect(result.error == "stormc: error: rule `output-port-without-objectives` is `warning` here, but the platform policy platform/storm-policy.json makes it `error`: a domain may tighten a platform rule, never loosen it [policy-loosened]\n",
                "\(result.error)")
        let disabled = try stormc.run(["lint", "M", "--disable", "unused-event", "--policy", "platform/storm-policy.json"], in: try temporaryFolder(Self.files))
        #expect(disabled.status == 1 && disabled.error.contains("rule `unused-event` is `off` here, but the platform policy platform/storm-policy.json makes it `warning`"),
                "\(disabled.error)")
    }

    @Test func refusesAPolicyItCannotRead() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder(Self.files.merging(["bad.json": #"{"stormPolicy": "1.0", "objectives": {"freshnessAtMost": "an hour"}}"#]) { $1 })
        let bad = try stormc.run(["lint", "M", "--policy", "bad.json"], in: folder)
        #expect(bad.status == 2 && bad.error == "stormc lint: error: bad.json: `objectives.freshnessAtMost` must be an ISO 8601 duration such as \"PT1H\"\n", "\(bad.error)")
        let missing = try stormc.run(["lint", "M", "--policy", "nowhere.json"], in: folder)
        #expect(missing.status == 2 && missing.error.contains("cannot read the platform policy nowhere.json"))
    }

    @Test func personalDataMustBeClassifiedAndPolicyFindingsAreDescribedInSARIF() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder([
            "P/p.storm": """
            context Members {
              value Address { street: String @pii("location") }
              event MemberJoined { name: String @pii, email: String @pii("contact"), shoe: Int @pii("shoe-size"), home: Address }
            }

            """,
            "policy.json": #"{"stormPolicy": "1.0", "piiCategories": ["contact", "location"]}"#,
        ])
        let result = try stormc.run(["lint", "P", "--policy", "policy.json"], in: folder)
        #expect(result.status == 1)
        for line in [
            "P/p.storm:3:24: error: personal data `Members.MemberJoined.name` is not classified: the platform policy asks for `@pii(\"category\")`, one of `contact`, `location` [policy-pii-classified]",
            "P/p.storm:3:74: error: personal data `Members.MemberJoined.shoe` is classified `shoe-size`, which is not one of the platform's categories `contact`, `location` [policy-pii-classified]",
        ] { #expect(result.error.contains(line + "\n"), "missing: \(line)\n\(result.error)") }
        #expect(!result.error.contains("MemberJoined.email") && !result.error.contains("Address.street"), "\(result.error)")

        // SARIF describes the policy's rules too, so a code host can show what each finding means.
        let sarif = try stormc.run(["lint", "P", "--policy", "policy.json", "--format", "sarif"], in: folder)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        let policyResults = results.filter { $0["ruleId"] as? String == "policy-pii-classified" }
        #expect(policyResults.count == 2)
        for result in policyResults {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == "policy-pii-classified")
            #expect(result["level"] as? String == "error")
        }
        let bad = try stormc.run(["lint", "P", "--policy", "bad.json"], in: try temporaryFolder(["P/p.storm": "context A\n", "bad.json": #"{"stormPolicy": "1.0", "piiCategories": []}"#]))
        #expect(bad.status == 2 && bad.error.contains("`piiCategories` must be a non-empty list"), "\(bad.error)")
    }
}
