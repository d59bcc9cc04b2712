import Foundation
import Testing

/// Rename, definition, references and hover of fields and enumeration cases, through `stormc lsp`, on a
/// context split over two files: the types in orders.storm, an aggregate with a scenario in shipping.storm.
struct LanguageServerMemberRenameTests {
    static let orders = """
        context Orders {
          id OrderID
          enum Status { open, shipped, cancelled }
          event OrderPlaced { id: OrderID, status: Status = open }
          event OrderShipped { id: OrderID, statuses: [Status] = [open, shipped] }
          value Address { id: String, street: String }
          event OrderCancelled v2 { id: OrderID } was v1 { id: String }
        }

        """
    static let shipping = """
        extend context Orders {
          aggregate Order {
            id: OrderID
            command Ship { id: OrderID } emits OrderShipped
            scenario "an open order ships" {
              given OrderPlaced { id: o1, status: open }
              when Ship { id: open }
              then OrderShipped { id: o1, statuses: [shipped] }
            }
          }
        }

        """

    /// A server with both files open.
    struct Session {
        let client: LanguageServerClient
        let orders: String
        let shipping: String

        init?() throws {
            let folder = try temporaryFolder(["orders.storm": LanguageServerMemberRenameTests.orders,
                                              "shipping.storm": LanguageServerMemberRenameTests.shipping])
            guard let client = try LanguageServerClient() else { return nil }
            self.client = client
            orders = LanguageServerDiagnosticsTests.uri(folder, "orders.storm")
            shipping = LanguageServerDiagnosticsTests.uri(folder, "shipping.storm")
            _ = client.initialize()
            client.open(orders, LanguageServerMemberRenameTests.orders)
            client.open(shipping, LanguageServerMemberRenameTests.shipping)
            _ = client.diagnostics(for: shipping)
        }

        /// The position of `needle` (its `occurrence`-th appearance, from 0) in `text`, moved `offset` characters on.
        static func position(_ text: String, _ needle: String, occurrence: Int = 0, offset: Int = 0) -> (line: Int, character: Int) {
            var searchFrom = text.startIndex
            var found = text.range(of: needle)!
            for _ in 0..<occurrence {
                searchFrom = found.upperBound
                found = text.range(of: needle, range: searchFrom..<text.endIndex)!
            }
            let before = text[..<found.lowerBound]
            let line = before.filter { $0 == "\n" }.count
            let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            return (line, text.distance(from: lineStart, to: found.lowerBound) + offset)
        }

        func at(_ uri: String, _ text: String, _ needle: String, occurrence: Int = 0, offset: Int = 0, _ extra: [String: Any] = [:]) -> [String: Any] {
            let (line, character) = Self.position(text, needle, occurrence: occurrence, offset: offset)
            return ["textDocument": ["uri": uri], "position": ["line": line, "character": character]].merging(extra) { $1 }
        }

        /// The edits of a rename, per URI, as (line, character, newText), sorted.
        func renameEdits(_ params: [String: Any]) -> [String: [String]] {
            let result = client.request("textDocument/rename", params)["result"] as? [String: Any]
            let changes = result?["changes"] as? [String: [[String: Any]]] ?? [:]
            return changes.mapValues { edits in
                edits.compactMap { edit -> String? in
                    guard let start = LanguageServerFeatureTests.start(edit["range"]), let text = edit["newText"] as? String else { return nil }
                    return "\(start.0):\(start.1) \(text)"
                }.sorted()
            }
        }

        /// The message of the error a rename is refused with.
        func refusal(_ params: [String: Any]) -> String {
            ((client.request("textDocument/rename", params)["error"] as? [String: Any])?["message"] as? String) ?? "(not refused)"
        }
    }

    @Test func aFieldRenamesAcrossFilesAndLeavesOtherTypesFieldsOfThatNameAlone() throws {
        guard let session = try Session() else { return }
        // `id` of OrderPlaced, at its declaration: it and the scenario's `given OrderPlaced { id: o1 … }`,
        // not the `id` of OrderShipped, Address, Order or Ship.
        let expected = [session.orders: ["3:22 orderID"], session.shipping: ["5:26 orderID"]]
        let fromDeclaration = session.renameEdits(session.at(session.orders, Self.orders, "OrderPlaced { id", offset: 14, ["newName": "orderID"]))
        #expect(fromDeclaration == expected)
        // The same rename started from the reference in the other file.
        let fromReference = session.renameEdits(session.at(session.shipping, Self.shipping, "OrderPlaced { id", offset: 14, ["newName": "orderID"]))
        #expect(fromReference == expected)
        // `id` of the command Ship: its declaration and `when Ship { id: o1 }` only.
        let command = session.renameEdits(session.at(session.shipping, Self.shipping, "Ship { id", offset: 7, ["newName": "order"]))
        #expect(command == [session.shipping: ["3:19 order", "6:18 order"]])
        // `id` of the value Address has no reference: its declaration only.
        let value = session.renameEdits(session.at(session.orders, Self.orders, "Address { id", offset: 10, ["newName": "code"]))
        #expect(value == [session.orders: ["5:18 code"]])

        // A kept previous major's fields are its own.
        let current = session.renameEdits(session.at(session.orders, Self.orders, "v2 { id", offset: 5, ["newName": "order"]))
        #expect(current == [session.orders: ["6:28 order"]])
        let previous = session.client.request("textDocument/hover", session.at(session.orders, Self.orders, "v1 { id", offset: 5))["result"] as? [String: Any]
        #expect(((previous?["contents"] as? [String: Any])?["value"] as? String)?.hasPrefix("**field** `id: String` of event `Orders.OrderCancelled` v1") == true)

        let prepared = session.client.request("textDocument/prepareRename", session.at(session.shipping, Self.shipping, "OrderShipped { id", offset: 16))
        #expect(LanguageServerFeatureTests.start(prepared["result"])! == (7, 26))
        _ = session.client.closeAndWait()
    }

    @Test func anEnumerationCaseRenamesInDefaultsAndScenarioValues() throws {
        guard let session = try Session() else { return }
        let edits = session.renameEdits(session.at(session.orders, Self.orders, "open", ["newName": "pending"]))
        // The case, the default `= open`, the list default `[open, shipped]`, and `status: open` in the scenario;
        // not the placeholder `open` of `when Ship { id: open }`, a field of another type.
        #expect(edits == [session.orders: ["2:16 pending", "3:52 pending", "4:58 pending"], session.shipping: ["5:42 pending"]])
        // From `statuses: [shipped]`: the case, the list default and the scenario's list.
        let shipped = session.renameEdits(session.at(session.shipping, Self.shipping, "[shipped]", offset: 1, ["newName": "sent"]))
        #expect(shipped == [session.orders: ["2:22 sent", "4:64 sent"], session.shipping: ["7:45 sent"]])
        _ = session.client.closeAndWait()
    }

    @Test func clashesInvalidNamesAndUnknownOwnersAreRefusedWithAReason() throws {
        guard let session = try Session() else { return }
        let status = session.at(session.orders, Self.orders, "status: Status", ["newName": "id"])
        let clash = session.refusal(status)
        #expect(clash.contains("cannot rename to `id`: field `id` of event `Orders.OrderPlaced` already exists (") && clash.hasSuffix("/orders.storm:4)"), "\(clash)")
        let open = session.at(session.orders, Self.orders, "open", ["newName": "shipped"])
        #expect(session.refusal(open).contains("case `shipped` of enumeration `Orders.Status` already exists"))
        #expect(session.refusal(session.at(session.orders, Self.orders, "open", ["newName": "null"])).contains("is a literal"))
        #expect(session.refusal(session.at(session.orders, Self.orders, "status: Status", ["newName": "2nd"])).contains("is not a valid name"))

        // A message whose event is misspelt may name the field: renaming it would be partial.
        session.client.change(session.shipping, Self.shipping.replacingOccurrences(of: "given OrderPlaced", with: "given OrderPlacd"), version: 2)
        let unknown = session.refusal(session.at(session.orders, Self.orders, "status: Status", ["newName": "state"]))
        #expect(unknown.contains("cannot rename `status` everywhere: ") && unknown.contains("/shipping.storm:6 writes a field `status` of a message whose event or command is unknown"), "\(unknown)")
        _ = session.client.closeAndWait()
    }

    @Test func definitionReferencesAndHoverKnowFieldsAndCases() throws {
        guard let session = try Session() else { return }
        let reference = session.at(session.shipping, Self.shipping, "OrderPlaced { id", offset: 14)
        let definition = session.client.request("textDocument/definition", reference)["result"] as? [String: Any]
        #expect(definition?["uri"] as? String == session.orders)
        #expect(LanguageServerFeatureTests.start(definition)! == (3, 22))

        var withDeclaration = reference
        withDeclaration["context"] = ["includeDeclaration": true]
        let references = session.client.request("textDocument/references", withDeclaration)["result"] as? [[String: Any]] ?? []
        #expect(references.count == 2)

        let hover = session.client.request("textDocument/hover", reference)["result"] as? [String: Any]
        let markdown = (hover?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(markdown.hasPrefix("**field** `id: Orders.OrderID` of event `Orders.OrderPlaced`"), "\(markdown)")
        let caseHover = session.client.request("textDocument/hover", session.at(session.shipping, Self.shipping, "status: open", offset: 8))["result"] as? [String: Any]
        let caseMarkdown = (caseHover?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(caseMarkdown.hasPrefix("**case** `open` of enumeration `Orders.Status`"), "\(caseMarkdown)")

        // Semantic tokens: a case is an enumMember (9) where declared (modifier 1) and where used; a field a property (8).
        let data = (session.client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": session.orders]])["result"] as? [String: Any])?["data"] as? [Int] ?? []
        var tokens: [String: [Int]] = [:]
        var (line, character) = (0, 0)
        for start in stride(from: 0, to: data.count - 4, by: 5) {
            line += data[start]
            character = data[start] == 0 ? character + data[start + 1] : data[start + 1]
            tokens["\(line):\(character)"] = [data[start + 3], data[start + 4]]
        }
        #expect(tokens["2:16"] == [9, 1] && tokens["3:52"] == [9, 0] && tokens["4:58"] == [9, 0], "\(tokens)")
        #expect(tokens["3:22"] == [8, 1], "\(tokens)")
        _ = session.client.closeAndWait()
    }

    /// A model that uses another domain holds that domain's interface as files without a URI: the server
    /// publishes, finds and refuses to rename without touching them (it once crashed on opening such a model).
    @Test func aModelUsingAnotherDomainIsServedWithoutItsInterface() throws {
        let path = LanguageServerClientTests.root.appendingPathComponent("Models/Marketing/domain.storm")
        let text = try String(contentsOf: path, encoding: .utf8)
        guard let client = try LanguageServerClient() else { return }
        let uri = path.absoluteString
        _ = client.initialize()
        client.open(uri, text)
        _ = client.diagnostics(for: uri)
        let (line, character) = Session.position(text, "Payments.PaymentCaptured", offset: 12)
        let at: [String: Any] = ["textDocument": ["uri": uri], "position": ["line": line, "character": character], "newName": "Captured"]
        #expect(client.request("textDocument/definition", at)["result"] is NSNull)
        let refused = (client.request("textDocument/rename", at)["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(refused == "`PaymentCaptured` is declared in a used domain's interface: rename it in that domain's model")
        let hover = client.request("textDocument/hover", at)["result"] as? [String: Any]
        #expect(((hover?["contents"] as? [String: Any])?["value"] as? String)?.hasPrefix("**event** `Payments.PaymentCaptured`") == true)
        // Without `shutdown`, the server ends with status 1; a crash would be a signal.
        #expect(client.closeAndWait() == 1)
        #expect(client.process.terminationReason == .exit)
    }
}
