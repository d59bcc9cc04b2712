import Foundation
import Testing

/// `extend context Name { … }`: one context written over several files, through the built `stormc`.
struct ContextExtensionTests {
    typealias Support = CommandLineTestSupport

    static let holds = """
    team Circulation

    context Lending {
      owner Circulation

      aggregate Hold {
        member: String
        command PlaceHold emits HoldPlaced
      }

      event HoldPlaced { at: Timestamp }
      policy CheckOutOnPickup: when BookPickedUp then CheckOut
    }

    """

    static let checkouts = """
    /// Checkouts of held books.
    extend context Lending {
      aggregate Loan {
        command CheckOut emits BookCheckedOut
      }

      event BookPickedUp
      event BookCheckedOut
    }

    """

    @Test func namesResolveAcrossThePartsAndTheModelHasOneContext() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["lending/holds.storm": Self.holds, "lending/checkouts.storm": Self.checkouts])
        let check = try Support.process(stormc, ["check", "lending"], in: folder, environment: [:])
        #expect(check.status == 0)
        #expect(check.error == "lending: 2 files, 1 context, 3 events: 0 errors, 0 warnings\n")
        let fmt = try Support.process(stormc, ["fmt", "--check", "lending"], in: folder, environment: [:])
        #expect(fmt.status == 0, "extend context round-trips through the formatter: \(fmt.error)")
        let model = try Support.process(stormc, ["model", "--json", "lending"], in: folder, environment: [:])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(model.out.utf8)) as? [String: Any])
        let contexts = try #require(json["contexts"] as? [[String: Any]])
        #expect(contexts.count == 1)
        #expect(contexts.first?["sources"] as? [String] == ["lending/holds.storm", "lending/checkouts.storm"])
        #expect(contexts.first?["doc"] as? String == "Checkouts of held books.")
        let events = (contexts.first?["events"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(events == ["HoldPlaced", "BookPickedUp", "BookCheckedOut"])
    }

    @Test func aMemberDeclaredInTwoPartsNamesBothPlaces() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["lending/holds.storm": Self.holds,
                                          "lending/checkouts.storm": Self.checkouts + "extend context Lending { event HoldPlaced }\n"])
        let result = try Support.process(stormc, ["check", "lending"], in: folder, environment: [:])
        #expect(result.status == 1)
        #expect(result.error == """
        lending/checkouts.storm:10:32: error: event `HoldPlaced` is declared more than once in context `Lending` [duplicate-declaration]
         10 | extend context Lending { event HoldPlaced }
            |                                ^~~~~~~~~~
        lending/holds.storm:11:9: note: `HoldPlaced` is first declared here
         11 |   event HoldPlaced { at: Timestamp }
            |         ^~~~~~~~~~
        lending: 2 files, 1 context, 4 events: 1 error, 0 warnings

        """)
    }

    /// Files are read sorted by path, so `checkouts.storm` holds the first block here.
    @Test func aSecondContextBlockSaysToExtendAndBringsNoFollowOnErrors() throws {
        guard let stormc = Support.executable() else { return }
        let second = Self.checkouts.replacingOccurrences(of: "extend context Lending", with: "context Lending")
        let folder = try temporaryFolder(["lending/holds.storm": Self.holds, "lending/checkouts.storm": second])
        let result = try Support.process(stormc, ["check", "lending"], in: folder, environment: [:])
        #expect(result.status == 1)
        #expect(result.error == """
        lending/holds.storm:3:9: error: context `Lending` is declared more than once in the model [duplicate-declaration]
         3 | context Lending {
           |         ^~~~~~~
          = help: to add members to context `Lending` from another block, write `extend context Lending`
        lending/checkouts.storm:2:9: note: `Lending` is first declared here
         2 | context Lending {
           |         ^~~~~~~
        lending: 2 files, 1 context, 3 events: 1 error, 0 warnings

        """)
    }

    @Test func anExtensionOfAnUnknownContextSuggestsTheNearest() throws {
        guard let stormc = Support.executable() else { return }
        let misspelt = Self.checkouts.replacingOccurrences(of: "extend context Lending", with: "extend context Lendng")
        let folder = try temporaryFolder(["lending/holds.storm": Self.holds, "lending/checkouts.storm": misspelt])
        let result = try Support.process(stormc, ["check", "lending"], in: folder, environment: [:])
        #expect(result.status == 1)
        // Read as the context it means, so `BookPickedUp` and `CheckOut` resolve: one error, at its cause.
        #expect(result.error == ("""
        lending/checkouts.storm:2:16: error: unknown context `Lendng` [unresolved-reference]
         2 | extend context Lendng {
           |                ^~~~~~
          = help: did you mean `Lending`?
        lending: 2 files, 1 context, 3 events: 1 error, 0 warnings

        """))
    }
}
