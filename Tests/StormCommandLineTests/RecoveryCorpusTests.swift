import Foundation
import Testing

/// One mistake, one error, at its cause. A corpus of realistic typing mistakes, each the model below with
/// one mistake made, is checked by the built `stormc check` process, as a user runs it: the first error
/// must name the cause (its ID, its place, its message and, where one is expected, its suggestion), and
/// at most one more error may follow.
struct RecoveryCorpusTests {
    /// A mistake: the text replaced in ``model``, what the first error says, and how many errors there are.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var replacing: String
        var with: String
        var error: String
        var line: Int
        var column: Int
        var message: String
        var help: String?
        var errors: Int
        init(_ name: String, replacing: String, with: String, error: String, at place: (line: Int, column: Int), _ message: String,
             help: String? = nil, errors: Int) {
            (self.name, self.replacing, self.with, self.error) = (name, replacing, with, error)
            (line, column, self.message, self.help, self.errors) = (place.line, place.column, message, help, errors)
        }
        var testDescription: String { name }
        /// The header of the first error, as `stormc check model.storm` prints it.
        var header: String { "model.storm:\(line):\(column): error: \(message) [\(error)]" }
    }

    /// A clean model that uses most of the language, indented as people write it.
    static let model = """
        team Claims
        context Claims {
          owner Claims
          actor Adjuster
          id ClaimID
          enum ClaimStatus { open, settled, rejected }
          value Money { amount: Decimal, currency: String }
          aggregate Claim {
            id: ClaimID @identity
            status: ClaimStatus = open
            command FileClaim by Adjuster { amount: Money } emits ClaimFiled
            invariant "A settled claim is never reopened"
          }
          event ClaimFiled v2 { claim: ClaimID, amount: Money, at: Timestamp }
          event ClaimSettled { claim: ClaimID }
          command SettleClaim by Adjuster emits ClaimSettled
          policy SettleSmallClaims: when ClaimFiled then SettleClaim
          read model OpenClaims from ClaimFiled, ClaimSettled { count: Int }
        }
        context Payments {
          event PaymentSent { claim: Claims.ClaimID, paidAt: Timestamp }
          command SendPayment emits PaymentSent
          policy PayOnSettlement: when Claims.ClaimSettled then SendPayment
        }
        context map Insurance {
          Claims [U] -> [D] Payments
        }

        """

    static let mistakes: [Mistake] = [
        Mistake("a missing brace of an aggregate",
                replacing: "    invariant \"A settled claim is never reopened\"\n  }\n", with: "    invariant \"A settled claim is never reopened\"\n",
                error: "unclosed-block", at: (13, 3), "expected `}` to close aggregate `Claim`",
                help: "insert `}`", errors: 1),
        Mistake("a missing brace of a context",
                replacing: "  read model OpenClaims from ClaimFiled, ClaimSettled { count: Int }\n}\n", with: "  read model OpenClaims from ClaimFiled, ClaimSettled { count: Int }\n",
                error: "unclosed-block", at: (19, 1), "expected `}` to close context `Claims`",
                help: "insert `}`", errors: 1),
        Mistake("a missing brace of a one-line value",
                replacing: "currency: String }", with: "currency: String",
                error: "unclosed-block", at: (8, 3), "expected `}` to close value `Money`",
                help: "insert `}`", errors: 1),
        Mistake("a missing brace at the end of the file",
                replacing: "  Claims [U] -> [D] Payments\n}\n", with: "  Claims [U] -> [D] Payments\n",
                error: "unclosed-block", at: (27, 1), "expected `}` to close context map `Insurance`",
                help: "insert `}`", errors: 1),
        Mistake("a missing brace of a field block",
                replacing: "{ claim: ClaimID }", with: "{ claim: ClaimID",
                error: "unclosed-block", at: (16, 3), "expected `}` to close event `ClaimSettled`",
                help: "insert `}`", errors: 1),
        Mistake("a missing brace of an enum",
                replacing: "rejected }", with: "rejected",
                error: "unclosed-block", at: (7, 3), "expected `}` to close enum `ClaimStatus`",
                help: "insert `}`", errors: 1),
        Mistake("a stray closing brace",
                replacing: "    invariant \"A settled claim is never reopened\"\n  }\n", with: "    invariant \"A settled claim is never reopened\"\n  }\n  }\n",
                error: "unmatched-brace", at: (14, 3), "unexpected `}`: it matches no `{` (by its indentation, context `Claims` goes on after it)", errors: 1),
        Mistake("a misspelt context keyword",
                replacing: "context Payments {", with: "contxt Payments {",
                error: "expected-declaration", at: (20, 1), "expected a declaration (`domain`, `team`, `context` or `context map`), found `contxt`",
                help: "did you mean `context`?", errors: 1),
        Mistake("a misspelt aggregate keyword",
                replacing: "aggregate Claim {", with: "agregate Claim {",
                error: "expected-member", at: (8, 3), "expected a context member (`aggregate`, `command`, `event`, `policy`, …) in context `Claims`, found `agregate`",
                help: "did you mean `aggregate`?", errors: 1),
        Mistake("a misspelt event keyword",
                replacing: "event ClaimSettled {", with: "evnt ClaimSettled {",
                error: "expected-member", at: (15, 3), "expected a context member (`aggregate`, `command`, `event`, `policy`, …) in context `Claims`, found `evnt`",
                help: "did you mean `event`?", errors: 1),
        Mistake("a misspelt policy keyword",
                replacing: "  policy SettleSmallClaims:", with: "  polcy SettleSmallClaims:",
                error: "expected-member", at: (17, 3), "expected a context member (`aggregate`, `command`, `event`, `policy`, …) in context `Claims`, found `polcy`",
                help: "did you mean `policy`?", errors: 1),
        Mistake("a policy without its colon",
                replacing: "SettleSmallClaims: when", with: "SettleSmallClaims when",
                error: "expected-token", at: (17, 28), "expected `:` after policy `SettleSmallClaims`: write `policy SettleSmallClaims: when Event then Command`, found `when`", errors: 1),
        Mistake("a read model without from",
                replacing: "OpenClaims from ClaimFiled", with: "OpenClaims ClaimFiled",
                error: "expected-token", at: (18, 25), "expected `from` after read model `OpenClaims`: write `read model OpenClaims from Event`, found `ClaimFiled`", errors: 1),
        Mistake("a field without its colon",
                replacing: "claim: ClaimID, amount: Money", with: "claim: ClaimID, amount Money",
                error: "expected-token", at: (14, 48), "expected `:` after field `amount`: write `amount: Type`, found `Money`", errors: 1),
        Mistake("a misspelt type",
                replacing: "amount: Money, at", with: "amount: Mony, at",
                error: "unresolved-reference", at: (14, 49), "unknown type `Mony`",
                help: "did you mean `Money`?", errors: 1),
        Mistake("Boolean for Bool",
                replacing: "{ count: Int }", with: "{ count: Int, stale: Boolean }",
                error: "unresolved-reference", at: (18, 76), "unknown type `Boolean`",
                help: "did you mean `Bool`?", errors: 1),
        Mistake("boolean for Bool",
                replacing: "{ count: Int }", with: "{ count: Int, stale: boolean }",
                error: "unresolved-reference", at: (18, 76), "unknown type `boolean`",
                help: "did you mean `Bool`?", errors: 1),
        Mistake("Integer for Int",
                replacing: "{ count: Int }", with: "{ count: Integer }",
                error: "unresolved-reference", at: (18, 64), "unknown type `Integer`",
                help: "did you mean `Int`?", errors: 1),
        Mistake("Long for Int",
                replacing: "{ count: Int }", with: "{ count: Long }",
                error: "unresolved-reference", at: (18, 64), "unknown type `Long`",
                help: "did you mean `Int`?", errors: 1),
        Mistake("DateTime for Timestamp",
                replacing: "at: Timestamp }", with: "at: DateTime }",
                error: "unresolved-reference", at: (14, 60), "unknown type `DateTime`",
                help: "did you mean `Timestamp`?", errors: 1),
        Mistake("Instant for Timestamp",
                replacing: "paidAt: Timestamp", with: "paidAt: Instant",
                error: "unresolved-reference", at: (21, 54), "unknown type `Instant`",
                help: "did you mean `Timestamp`?", errors: 1),
        Mistake("List<T> for [T]",
                replacing: "{ count: Int }", with: "{ count: Int, claims: List<ClaimID> }",
                error: "generic-type", at: (18, 77), "Storm writes `List<ClaimID>` as `[ClaimID]`",
                help: "write `[ClaimID]`", errors: 1),
        Mistake("Array<T> for [T]",
                replacing: "{ count: Int }", with: "{ count: Int, claims: Array<ClaimID> }",
                error: "generic-type", at: (18, 77), "Storm writes `Array<ClaimID>` as `[ClaimID]`",
                help: "write `[ClaimID]`", errors: 1),
        Mistake("Map<K, V> for [K: V]",
                replacing: "{ count: Int }", with: "{ count: Int, perAdjuster: Map<String, Int> }",
                error: "generic-type", at: (18, 82), "Storm writes `Map<String, Int>` as `[String: Int]`",
                help: "write `[String: Int]`", errors: 1),
        Mistake("a malformed version",
                replacing: "event ClaimFiled v2", with: "event ClaimFiled v2.0.x",
                error: "invalid-version", at: (14, 20), "`v2.0.x` is not a version: write `v2`, `v2.1` or `v2.1.0` (whole numbers, no leading zeros)",
                help: "write `v2`", errors: 1),
        Mistake("an event named with a suffix",
                replacing: "when ClaimFiled then", with: "when ClaimFiledEvent then",
                error: "unresolved-reference", at: (17, 34), "unknown event `ClaimFiledEvent`",
                help: "did you mean `ClaimFiled`?", errors: 1),
        Mistake("a command named with a suffix",
                replacing: "then SendPayment", with: "then SendPaymentCommand",
                error: "unresolved-reference", at: (23, 57), "unknown command `SendPaymentCommand`",
                help: "did you mean `SendPayment`?", errors: 1),
        Mistake("a command declared with a suffix and named without",
                replacing: "command SendPayment emits", with: "command SendPaymentCommand emits",
                error: "unresolved-reference", at: (23, 57), "unknown command `SendPayment`",
                help: "did you mean `SendPaymentCommand`?", errors: 1),
        Mistake("BoundedContext for context",
                replacing: "context Payments {", with: "BoundedContext Payments {",
                error: "foreign-keyword", at: (20, 1), "`BoundedContext` is Context Mapper's keyword: Storm writes `context`",
                help: "write `context`", errors: 1),
        Mistake("ContextMap for context map",
                replacing: "context map Insurance {", with: "ContextMap Insurance {",
                error: "foreign-keyword", at: (25, 1), "`ContextMap` is Context Mapper's keyword: Storm writes `context map`",
                help: "write `context map`", errors: 1),
        Mistake("DomainEvent for event",
                replacing: "event ClaimSettled {", with: "DomainEvent ClaimSettled {",
                error: "foreign-keyword", at: (15, 3), "`DomainEvent` is Context Mapper's keyword: Storm writes `event`",
                help: "write `event`", errors: 1),
        Mistake("ValueObject for value",
                replacing: "value Money {", with: "ValueObject Money {",
                error: "foreign-keyword", at: (7, 3), "`ValueObject` is Context Mapper's keyword: Storm writes `value`",
                help: "write `value`", errors: 1),
        Mistake("Aggregate for aggregate",
                replacing: "aggregate Claim {", with: "Aggregate Claim {",
                error: "foreign-keyword", at: (8, 3), "`Aggregate` is Context Mapper's keyword: Storm writes `aggregate`",
                help: "write `aggregate`", errors: 1),
        Mistake("Customer-Supplier for roles",
                replacing: "Claims [U] -> [D] Payments", with: "Payments Customer-Supplier Claims",
                error: "foreign-keyword", at: (26, 12), "`Customer-Supplier` is Context Mapper's keyword: Storm writes `Payments [C] <- [S] Claims`",
                help: "write `Payments [C] <- [S] Claims`", errors: 1),
        Mistake("Upstream-Downstream for roles",
                replacing: "Claims [U] -> [D] Payments", with: "Claims Upstream-Downstream Payments",
                error: "foreign-keyword", at: (26, 10), "`Upstream-Downstream` is Context Mapper's keyword: Storm writes `Claims [U] -> [D] Payments`",
                help: "write `Claims [U] -> [D] Payments`", errors: 1),
        Mistake("a fat arrow",
                replacing: "Claims [U] -> [D] Payments", with: "Claims [U] => [D] Payments",
                error: "expected-token", at: (26, 14), "expected `->`, `<-`, `<->`, `partnership`, `shared kernel` or `separate ways` after `Claims`, found `=`", errors: 1),
        Mistake("an unterminated string",
                replacing: "never reopened\"", with: "never reopened",
                error: "unterminated-string", at: (12, 15), "unterminated string: add a closing `\"` before the end of the line", errors: 1),
        Mistake("a misspelt owner",
                replacing: "  owner Claims\n", with: "  owner Claim\n",
                error: "unresolved-reference", at: (3, 9), "unknown team `Claim`",
                help: "did you mean `Claims`?", errors: 1),
        Mistake("a misspelt context in a map",
                replacing: "[D] Payments", with: "[D] Payment",
                error: "unresolved-reference", at: (26, 21), "unknown context `Payment`",
                help: "did you mean `Payments`?", errors: 1),
        Mistake("a misspelt actor",
                replacing: "SettleClaim by Adjuster", with: "SettleClaim by Adjustor",
                error: "unresolved-reference", at: (16, 26), "unknown actor, external system or policy `Adjustor` in context `Claims`",
                help: "did you mean `Adjuster`?", errors: 1),
        Mistake("a default that is not a case",
                replacing: "= open", with: "= opened",
                error: "invalid-default", at: (10, 27), "default value `opened` does not match type `Claims.ClaimStatus`", errors: 1),
        Mistake("a duplicate event",
                replacing: "  event ClaimSettled { claim: ClaimID }\n", with: "  event ClaimSettled { claim: ClaimID }\n  event ClaimSettled\n",
                error: "duplicate-declaration", at: (16, 9), "event `ClaimSettled` is declared more than once in context `Claims`", errors: 1),
        Mistake("a missing opening brace",
                replacing: "aggregate Claim {", with: "aggregate Claim",
                error: "expected-token", at: (9, 5), "expected `{` to open aggregate `Claim`, found `id`", errors: 1),
        Mistake("a qualified name to a misspelt context",
                replacing: "Claims.ClaimSettled", with: "Claim.ClaimSettled",
                error: "unresolved-reference", at: (23, 32), "unknown context `Claim`",
                help: "did you mean `Claims`?", errors: 1),
        Mistake("an event version below one",
                replacing: "event ClaimFiled v2", with: "event ClaimFiled v0",
                error: "invalid-version", at: (14, 20), "event versions start at 1, found `v0`", errors: 1),
        Mistake("a comma for a colon",
                replacing: "count: Int }", with: "count, Int }",
                error: "expected-token", at: (18, 62), "expected `:` after field `count`: write `count: Type`, found `,`", errors: 1),
        Mistake("a semicolon at the end of a line",
                replacing: "  actor Adjuster\n", with: "  actor Adjuster;\n",
                error: "unexpected-character", at: (4, 17), "unexpected character `;`", errors: 1),
        Mistake("a list of events broken off at the end of a line",
                replacing: "emits ClaimSettled\n", with: "emits\n",
                error: "expected-name", at: (16, 35), "expected an event name after `emits`, found the end of the line", errors: 1),
        Mistake("a context header with a colon",
                replacing: "context Payments {", with: "context Payments: {",
                error: "expected-token", at: (20, 17), "expected `{` to open context `Payments`, found `:`", errors: 1),
        Mistake("a name in quotes",
                replacing: "actor Adjuster", with: "actor \"Adjuster\"",
                error: "expected-name", at: (4, 9), "expected an actor name after `actor`, found a string",
                help: "write `Adjuster` without quotes", errors: 1),
        Mistake("a vision without quotes",
                replacing: "  owner Claims\n", with: "  owner Claims\n  vision Pay claims fast\n",
                error: "expected-token", at: (4, 10), "expected a vision statement (a string) after `vision`, found `Pay`", errors: 1),
        Mistake("an enum without braces",
                replacing: "enum ClaimStatus { open, settled, rejected }", with: "enum ClaimStatus open, settled, rejected",
                error: "expected-token", at: (6, 20), "expected `{` to open enum `ClaimStatus`, found `open`", errors: 1),
        Mistake("Optional<T> for T?",
                replacing: "paidAt: Timestamp", with: "paidAt: Optional<Timestamp>",
                error: "generic-type", at: (21, 54), "Storm writes `Optional<Timestamp>` as `Timestamp?`",
                help: "write `Timestamp?`", errors: 1),
        Mistake("Entity for entity",
                replacing: "    invariant \"A settled", with: "    Entity Line { n: Int }\n    invariant \"A settled",
                error: "foreign-keyword", at: (12, 5), "`Entity` is Context Mapper's keyword: Storm writes `entity`",
                help: "write `entity`", errors: 1),
        Mistake("a subdomain without its colon",
                replacing: "team Claims\n", with: "team Claims\ndomain Insurance {\n  subdomain ClaimHandling core\n}\n",
                error: "expected-token", at: (3, 27), "expected `:` after subdomain `ClaimHandling`: write `subdomain ClaimHandling: core`, found `core`", errors: 1),
        Mistake("a misspelt emits",
                replacing: "emits PaymentSent", with: "emit PaymentSent",
                error: "expected-token", at: (22, 23), "expected `emits` after command `SendPayment`, found `emit`",
                help: "did you mean `emits`?", errors: 1),
        Mistake("a misspelt when",
                replacing: "when Claims.ClaimSettled", with: "wen Claims.ClaimSettled",
                error: "expected-token", at: (23, 27), "expected `when` after `policy PayOnSettlement:`, found `wen`",
                help: "did you mean `when`?", errors: 1),
        Mistake("a misspelt from",
                replacing: "OpenClaims from ClaimFiled", with: "OpenClaims form ClaimFiled",
                error: "expected-token", at: (18, 25), "expected `from` after read model `OpenClaims`: write `read model OpenClaims from Event`, found `form`",
                help: "did you mean `from`?", errors: 1),
        Mistake("a one-line field block missing its brace before emits",
                replacing: "{ amount: Money } emits ClaimFiled", with: "{ amount: Money emits ClaimFiled",
                error: "unclosed-block", at: (11, 51), "expected `}` to close command `FileClaim`",
                help: "insert `}`", errors: 1),
        Mistake("a context named with a suffix",
                replacing: "[D] Payments", with: "[D] PaymentsContext",
                error: "unresolved-reference", at: (26, 21), "unknown context `PaymentsContext`",
                help: "did you mean `Payments`?", errors: 1),
        Mistake("Partnership for partnership",
                replacing: "Claims [U] -> [D] Payments", with: "Claims Partnership Payments",
                error: "foreign-keyword", at: (26, 10), "`Partnership` is Context Mapper's keyword: Storm writes `Claims partnership Payments`",
                help: "write `Claims partnership Payments`", errors: 1),
        Mistake("an equals sign for a colon",
                replacing: "{ claim: ClaimID }", with: "{ claim = ClaimID }",
                error: "expected-token", at: (15, 30), "expected `:` after field `claim`: write `claim: Type`, found `=`", errors: 1),
        Mistake("a command's fields after its events",
                replacing: "command FileClaim by Adjuster { amount: Money } emits ClaimFiled", with: "command FileClaim by Adjuster emits ClaimFiled { amount: Money }",
                error: "misplaced-fields", at: (11, 52),
                "the fields of command `FileClaim` come before `emits`: write `command FileClaim { … } emits …`",
                help: "move the fields before `emits`", errors: 1),
    ]

    /// Runs `stormc check model.storm` on `text` in a fresh folder.
    static func check(_ text: String) throws -> CommandResult? {
        guard let stormc = CommandLineTestSupport.executable() else { return nil }
        let folder = try temporaryFolder(["model.storm": text])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try CommandLineTestSupport.process(stormc, ["check", "model.storm"], in: folder, environment: [:])
    }

    @Test func theModelChecksClean() throws {
        guard let result = try Self.check(Self.model) else { return }
        #expect(result.status == 0, "\(result.error)")
    }

    @Test func theCorpusIsLargeEnoughAndEachMistakeIsOneEdit() {
        #expect(Self.mistakes.count >= 30)
        for mistake in Self.mistakes {
            #expect(Self.model.components(separatedBy: mistake.replacing).count == 2, "`\(mistake.name)` must replace one place of the model")
        }
    }

    @Test(arguments: mistakes)
    func oneMistakeGivesOneErrorAtItsCause(_ mistake: Mistake) throws {
        guard let result = try Self.check(Self.model.replacingOccurrences(of: mistake.replacing, with: mistake.with)) else { return }
        #expect(result.status == 1)
        let lines = result.error.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let errors = lines.indices.filter { lines[$0].hasPrefix("model.storm:") && lines[$0].contains(": error: ") }
        guard let first = errors.first else {
            Issue.record("no error for \(mistake.name):\n\(result.error)")
            return
        }
        #expect(lines[first] == mistake.header, "\n\(result.error)")
        if let help = mistake.help {
            let block = lines[(first + 1)...].prefix { !$0.hasPrefix("model.storm:") }
            #expect(block.contains("  = help: \(help)"), "\n\(result.error)")
        }
        #expect(errors.count == mistake.errors, "\n\(result.error)")
        #expect(errors.count <= 2, "more than one error follows the first")
    }
}
