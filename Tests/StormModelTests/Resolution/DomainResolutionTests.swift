import StormModel
import Testing

/// Domains, subdomains, teams, owners, and the suppressions written in comments.
struct DomainResolutionTests {
    typealias Support = ModelTestSupport

    static let model = """
    /// Insurance.
    domain MotorInsurance "Usage-based motor insurance" {
      /// Recording.
      subdomain TripRecording: core "Telemetry into trips"
      subdomain Claims: supporting
      subdomain Payments: generic
    }
    domain Banking { subdomain Payments: generic }
    /// The journeys team.
    team Journeys { contact "journeys@example.com" }
    team Risk
    context Trips implements TripRecording { owner Journeys }
    context Claims implements MotorInsurance.Claims { owner Risk }
    context Ledger implements Banking.Payments {}
    context Loose {}
    """

    @Test func domainsHaveSubdomainsOfEveryKind() {
        let model = Support.model(Self.model)
        #expect(model.domains.map(\.name) == ["MotorInsurance", "Banking"])
        let insurance = model.domains.first
        #expect(insurance?.doc == "Insurance.")
        #expect(insurance?.description == "Usage-based motor insurance")
        #expect(insurance?.subdomains.map(\.kind) == [.core, .supporting, .generic])
        #expect(insurance?.subdomains.first?.doc == "Recording.")
        #expect(insurance?.subdomains.first?.description == "Telemetry into trips")
        #expect(insurance?.subdomains.allSatisfy { $0.domain == "MotorInsurance" } == true)
    }

    @Test func contextsImplementSubdomainsNamedSimplyOrByDomain() {
        let model = Support.model(Self.model)
        #expect(model.context(named: "Trips")?.subdomain == SubdomainReference(domain: "MotorInsurance", name: "TripRecording"))
        #expect(model.context(named: "Claims")?.subdomain == SubdomainReference(domain: "MotorInsurance", name: "Claims"))
        #expect(model.context(named: "Ledger")?.subdomain == SubdomainReference(domain: "Banking", name: "Payments"))
        #expect(model.context(named: "Trips").flatMap { $0.subdomain.flatMap(model.subdomain) }?.kind == .core)
    }

    @Test func aContextBelongsToTheDomainOfItsSubdomainOrElseToTheModel() {
        let model = Support.model(Self.model)
        #expect(model.contexts.map(\.domain) == ["MotorInsurance", "MotorInsurance", "Banking", "Test"])
    }

    @Test func aSubdomainNameInTwoDomainsMustBeQualified() {
        let loaded = Support.load(Self.model + "\ncontext Pay implements Payments {}")
        #expect(loaded.diagnostics.all.map(\.message) == [
            "subdomain `Payments` is declared in several contexts (MotorInsurance, Banking): qualify it, as in `MotorInsurance.Payments`",
        ])
    }

    @Test func teamsAndOwners() {
        let model = Support.model(Self.model)
        #expect(model.teams.map(\.name) == ["Journeys", "Risk"])
        #expect(model.team(named: "Journeys")?.contact == "journeys@example.com")
        #expect(model.team(named: "Journeys")?.doc == "The journeys team.")
        #expect(model.team(named: "Risk")?.contact == nil)
        #expect(model.contexts.map(\.owner) == ["Journeys", "Risk", nil, nil])
    }

    @Test func anUnknownDomainInAQualifiedSubdomain() {
        let loaded = Support.load("domain Insurance {}\ncontext C implements Insurence.X {}")
        #expect(loaded.diagnostics.all.map(\.message) == ["unknown domain `Insurence`"])
        #expect(loaded.diagnostics.all.first?.fixIts.first?.message == "did you mean `Insurance`?")
    }

    @Test func duplicatesOfDomainsTeamsAndSubdomains() {
        let loaded = Support.load("domain D { subdomain S: core\n subdomain S: generic }\ndomain D {}\nteam T\nteam T")
        #expect(loaded.diagnostics.all.map(\.message) == [
            "subdomain `S` is declared more than once in domain `D`",
            "domain `D` is declared more than once in the model",
            "team `T` is declared more than once in the model",
        ])
    }

    @Test func visionAndSecondVision() {
        let loaded = Support.load("context C {\n  vision \"one\"\n  vision \"two\"\n}")
        #expect(loaded.model.context(named: "C")?.vision == "one")
        #expect(loaded.diagnostics.all.map(\.message) == ["context `C` declares its vision more than once"])
        #expect(loaded.diagnostics.all.first?.notes.map(\.message) == ["the first vision is declared here"])
    }

    @Test func suppressionsCoverTheDeclarationTheyPrecede() {
        let text = """
        context C {
          // storm:allow event-name-past-tense, field-name-case legacy names
          event StartTrip { Bad: Int }
          event Other // storm:allow unused-event
          // not a suppression
          event Third
        }
        """
        let loaded = Support.load(text)
        #expect(loaded.diagnostics.all.isEmpty)
        let model = loaded.model
        guard let context = model.context(named: "C") else { Issue.record("no context"); return }
        let start = context.event(named: "StartTrip")!, other = context.event(named: "Other")!, third = context.event(named: "Third")!
        #expect(model.suppressions.isSuppressed("event-name-past-tense", at: start.range))
        #expect(model.suppressions.isSuppressed("field-name-case", at: start.fields[0].range))
        #expect(!model.suppressions.isSuppressed("unused-event", at: start.range))
        #expect(model.suppressions.isSuppressed("unused-event", at: other.range))
        #expect(!model.suppressions.isSuppressed("event-name-past-tense", at: third.range))
        #expect(!model.suppressions.isSuppressed("event-name-past-tense", at: context.range))
    }

    @Test func suppressionCommentsNameRulesUntilTheReason() {
        #expect(Suppressions.rules(inComment: " storm:allow a-b, c-d because of e-f") == ["a-b", "c-d"])
        #expect(Suppressions.rules(inComment: " storm:allow") == [])
        #expect(Suppressions.rules(inComment: " nothing here a-b") == [])
    }
}
