import Foundation
import Testing

/// `stormc lsp` as a process: the lifecycle, robustness against bad messages, and cancellation.
struct LanguageServerLifecycleTests {
    @Test func initializeShutdownExitEndsWithStatusZero() throws {
        guard let client = try LanguageServerClient() else { return }
        let capabilities = client.initialize()
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
        for provider in ["hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "workspaceSymbolProvider",
                         "documentFormattingProvider", "foldingRangeProvider"] {
            #expect(capabilities[provider] as? Bool == true, "\(provider)")
        }
        let shutdown = client.request("shutdown")
        #expect(shutdown["result"] is NSNull)
        #expect(shutdown["error"] == nil)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func utf8PositionsWhenTheClientOffersThem() throws {
        guard let client = try LanguageServerClient() else { return }
        let capabilities = client.initialize(["general": ["positionEncodings": ["utf-8", "utf-16"]]])
        #expect(capabilities["positionEncoding"] as? String == "utf-8")
        #expect(client.closeAndWait() == 1)
    }

    @Test func exitsWhenStandardInputCloses() throws {
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        #expect(client.closeAndWait() == 1)
    }

    @Test func exitWithoutShutdownEndsWithStatusOne() throws {
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        client.notify("exit")
        #expect(client.waitForExit() == 1)
    }

    @Test func malformedMessagesGetJSONRPCErrorsAndTheServerGoesOn() throws {
        guard let client = try LanguageServerClient() else { return }
        let early = client.request("textDocument/hover", ["textDocument": ["uri": "file:///x.storm"], "position": ["line": 0, "character": 0]])
        #expect((early["error"] as? [String: Any])?["code"] as? Int == -32002)
        _ = client.initialize()

        client.write(raw: LanguageServerClient.frame(body: "{\"id\": 1"))
        let notJSON = client.waitFor { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 }
        #expect(notJSON?["id"] is NSNull)
        client.write(raw: LanguageServerClient.frame(body: "[]"))
        #expect(client.waitFor { ($0["error"] as? [String: Any])?["code"] as? Int == -32600 } != nil)
        client.write(raw: LanguageServerClient.frame(body: "{\"id\": 7, \"method\": [true]}"))
        #expect(client.waitFor { ($0["id"] as? Int) == 7 && ($0["error"] as? [String: Any])?["code"] as? Int == -32600 } != nil)

        let unknown = client.request("storm/unknown")
        #expect((unknown["error"] as? [String: Any])?["code"] as? Int == -32601)
        let missing = client.request("textDocument/hover", ["position": ["line": 0]])
        #expect((missing["error"] as? [String: Any])?["code"] as? Int == -32602)
        // Any document text is accepted, and the server still answers.
        client.open("file:///nowhere/garbage.storm", "context {{{ \u{0}\u{1} event \"unterminated\n}}} ]] -> <-> @@@ 99999999999999999999")
        #expect(!client.diagnostics(for: "file:///nowhere/garbage.storm").isEmpty)
        let symbols = client.request("workspace/symbol", ["query": ""])
        #expect(symbols["result"] is [Any])
        #expect(client.request("shutdown")["result"] is NSNull)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func aCancelledRequestIsAnsweredRequestCancelled() throws {
        guard let client = try LanguageServerClient() else { return }
        _ = client.initialize()
        // The request and its cancellation in one write: the server sees both before answering.
        client.write(raw: LanguageServerClient.frame(["id": 42, "method": "workspace/symbol", "params": ["query": "x"]])
            + LanguageServerClient.frame(["method": "$/cancelRequest", "params": ["id": 42]]))
        let answer = client.response(to: 42)
        #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32800)
        let next = client.request("workspace/symbol", ["query": "x"])
        #expect(next["result"] is [Any])
        #expect(client.closeAndWait() == 1)
    }
}
