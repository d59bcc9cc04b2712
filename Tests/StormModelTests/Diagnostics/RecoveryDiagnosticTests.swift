import StormDiagnostics
import StormKit
import StormSource
import Testing

/// One mistake, one error, at its cause: where a missing brace is reported, how a mistake is read as what
/// was meant so that nothing is reported twice, and the habits of other tools (Context Mapper's keywords,
/// generic types, semantic versions, other languages' type names). Each input marks where the error must
/// be (`1️⃣`); the whole rendered output is compared.
struct RecoveryDiagnosticTests {
    /// A missing `}` is reported where the block must have ended: at the first line indented no deeper than the line
    /// that opened it.
    @Test func aMissingBraceIsReportedWhereTheBlockMustHaveEnded() {
        DiagnosticTestSupport.expect("unclosed-block", in: #"""
        context Claims {
          aggregate Claim {
            amount: Decimal
          1️⃣command FileClaim
        }

        """#, renders: #"""
        model.storm:4:3: error: expected `}` to close aggregate `Claim` [unclosed-block]
         4 |   command FileClaim
           |   ^
          = help: insert `}`
        model.storm:2:19: note: the block opened here
         2 |   aggregate Claim {
           |                   ^

        """#)
    }

    /// A line that can only start a top-level declaration ends the open blocks, so the next context is declared (its
    /// policy resolves).
    @Test func aTopLevelDeclarationEndsTheOpenBlocks() {
        DiagnosticTestSupport.expect("unclosed-block", in: #"""
        context Claims {
          event ClaimFiled
        1️⃣context Payments {
          policy Pay: when ClaimFiled then SendPayment
          command SendPayment
        }

        """#, renders: #"""
        model.storm:3:1: error: expected `}` to close context `Claims` [unclosed-block]
         3 | context Payments {
           | ^
          = help: insert `}`
        model.storm:1:16: note: the block opened here
         1 | context Claims {
           |                ^

        """#)
    }

    /// A `}` indented like the members of a block closes nothing: it is reported, and the block goes on.
    @Test func aBraceThatMatchesNothingIsReported() {
        DiagnosticTestSupport.expect("unmatched-brace", in: #"""
        context Claims {
          aggregate Claim {
            amount: Decimal
          }
          1️⃣}
          event ClaimFiled
        }

        """#, renders: #"""
        model.storm:5:3: error: unexpected `}`: it matches no `{` (by its indentation, context `Claims` goes on after it) [unmatched-brace]
         5 |   }
           |   ^

        """#)
    }

    /// A missing `{` before lines indented deeper is reported once, and the block is read as if it were there.
    @Test func aMissingOpeningBraceKeepsTheBlock() {
        DiagnosticTestSupport.expect("expected-token", in: #"""
        context Claims {
          aggregate Claim
            1️⃣amount: Decimal
          }
        }

        """#, renders: #"""
        model.storm:3:5: error: expected `{` to open aggregate `Claim`, found `amount` [expected-token]
         3 |     amount: Decimal
           |     ^~~~~~

        """#)
    }

    /// A misspelt keyword followed by a name is read as the keyword suggested: the context is declared, and the
    /// reference to its event resolves.
    @Test func aMisspeltKeywordIsReadAsTheKeywordSuggested() {
        DiagnosticTestSupport.expect("expected-declaration", in: #"""
        1️⃣contxt Claims {
          event ClaimFiled
        }
        context Payments {
          policy Pay: when Claims.ClaimFiled then SendPayment
          command SendPayment
        }

        """#, renders: #"""
        model.storm:1:1: error: expected a declaration (`domain`, `team`, `context` or `context map`), found `contxt` [expected-declaration]
         1 | contxt Claims {
           | ^~~~~~
          = help: did you mean `context`?

        """#)
    }

    /// Context Mapper's `BoundedContext` is reported with the Storm keyword, and read as it.
    @Test func aContextMapperDeclarationKeyword() {
        DiagnosticTestSupport.expect("foreign-keyword", in: #"""
        1️⃣BoundedContext Claims {
          event ClaimFiled
        }

        """#, renders: #"""
        model.storm:1:1: error: `BoundedContext` is Context Mapper's keyword: Storm writes `context` [foreign-keyword]
         1 | BoundedContext Claims {
           | ^~~~~~~~~~~~~~
          = help: write `context`

        """#)
    }

    /// Context Mapper's `DomainEvent` inside a context.
    @Test func aContextMapperMemberKeyword() {
        DiagnosticTestSupport.expect("foreign-keyword", in: #"""
        context Claims {
          1️⃣DomainEvent ClaimFiled { amount: Decimal }
        }

        """#, renders: #"""
        model.storm:2:3: error: `DomainEvent` is Context Mapper's keyword: Storm writes `event` [foreign-keyword]
         2 |   DomainEvent ClaimFiled { amount: Decimal }
           |   ^~~~~~~~~~~
          = help: write `event`

        """#)
    }

    /// Context Mapper's relationship in words, with the Storm roles and arrow; read as that relationship.
    @Test func aContextMapperRelationshipKeyword() {
        DiagnosticTestSupport.expect("foreign-keyword", in: #"""
        context Claims {}
        context Payments {}
        context map Insurance {
          Payments 1️⃣Customer-Supplier Claims
        }

        """#, renders: #"""
        model.storm:4:12: error: `Customer-Supplier` is Context Mapper's keyword: Storm writes `Payments [C] <- [S] Claims` [foreign-keyword]
         4 |   Payments Customer-Supplier Claims
           |            ^~~~~~~~~~~~~~~~~
          = help: write `Payments [C] <- [S] Claims`

        """#)
    }

    /// Another language's generic list is written `[T]`, and read as that: one error.
    @Test func aGenericListIsWrittenInBrackets() {
        DiagnosticTestSupport.expect("generic-type", in: #"""
        context Claims {
          event ClaimFiled { tags: 1️⃣List<String> }
        }

        """#, renders: #"""
        model.storm:2:28: error: Storm writes `List<String>` as `[String]` [generic-type]
         2 |   event ClaimFiled { tags: List<String> }
           |                            ^~~~~~~~~~~~
          = help: write `[String]`

        """#)
    }

    /// Nested generics are reported once, at the outermost, with the whole Storm spelling.
    @Test func aGenericMapIsWrittenInBrackets() {
        DiagnosticTestSupport.expect("generic-type", in: #"""
        context Claims {
          event ClaimFiled { totals: 1️⃣Map<String, List<Int>> }
        }

        """#, renders: #"""
        model.storm:2:30: error: Storm writes `Map<String, List<Int>>` as `[String: [Int]]` [generic-type]
         2 |   event ClaimFiled { totals: Map<String, List<Int>> }
           |                              ^~~~~~~~~~~~~~~~~~~~~~
          = help: write `[String: [Int]]`

        """#)
    }

    /// A generic type with no Storm spelling is reported once, and its field left out.
    @Test func anUnknownGenericTypeIsReportedOnce() {
        DiagnosticTestSupport.expect("generic-type", in: #"""
        context Claims {
          event ClaimFiled { pair: 1️⃣Pair<String, Int> }
        }

        """#, renders: #"""
        model.storm:2:28: error: Storm has no generic types: found `Pair<String, Int>`; write a list `[T]`, a map `[String: T]` or an optional `T?` [generic-type]
         2 |   event ClaimFiled { pair: Pair<String, Int> }
           |                            ^~~~~~~~~~~~~~~~~

        """#)
    }

    /// A malformed version is reported once and read as its major number.
    @Test func aMalformedVersionIsReadAsItsMajorNumber() {
        DiagnosticTestSupport.expect("invalid-version", in: #"""
        context Claims {
          event ClaimFiled 1️⃣v2.1.x { amount: Decimal }
        }

        """#, renders: #"""
        model.storm:2:20: error: `v2.1.x` is not a version: write `v2`, `v2.1` or `v2.1.0` (whole numbers, no leading zeros) [invalid-version]
         2 |   event ClaimFiled v2.1.x { amount: Decimal }
           |                    ^~~~~~
          = help: write `v2`

        """#)
    }

    /// A kept previous major must be below the event's own.
    @Test func aPreviousVersionAtOrAboveTheEventsIsReported() {
        DiagnosticTestSupport.expect("invalid-version", in: #"""
        context Claims {
          event ClaimFiled v2.1.0 { amount: Decimal } was 1️⃣v2 { amount: Int }
        }

        """#, renders: #"""
        model.storm:2:51: error: event `ClaimFiled` is at v2: a previous version kept with `was` must be below it, found `was v2` [invalid-version]
         2 |   event ClaimFiled v2.1.0 { amount: Decimal } was v2 { amount: Int }
           |                                                   ^~

        """#)
    }

    /// Type names of other languages suggest the Storm type.
    @Test func aTypeNameOfAnotherLanguageSuggestsTheStormType() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Claims {
          event ClaimFiled { urgent: 1️⃣Boolean, filedAt: DateTime }
        }

        """#, renders: #"""
        model.storm:2:30: error: unknown type `Boolean` [unresolved-reference]
         2 |   event ClaimFiled { urgent: Boolean, filedAt: DateTime }
           |                              ^~~~~~~
          = help: did you mean `Bool`?
        model.storm:2:48: error: unknown type `DateTime` [unresolved-reference]
         2 |   event ClaimFiled { urgent: Boolean, filedAt: DateTime }
           |                                                ^~~~~~~~
          = help: did you mean `Timestamp`?

        """#)
    }

    /// A name with a kind's suffix (`…Event`) suggests the declared name, beyond the reach of edit distance.
    @Test func aNameWithAKindsSuffixSuggestsTheDeclaredName() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Claims {
          event ClaimFiled
          command SettleClaim
          policy Settle: when 1️⃣ClaimFiledEvent then SettleClaim
        }

        """#, renders: #"""
        model.storm:4:23: error: unknown event `ClaimFiledEvent` [unresolved-reference]
         4 |   policy Settle: when ClaimFiledEvent then SettleClaim
           |                       ^~~~~~~~~~~~~~~
          = help: did you mean `ClaimFiled`?

        """#)
    }

    /// A declaration that failed to parse is not reported again where it is referred to (`amount: Money`).
    @Test func aReferenceToADeclarationThatFailedToParseIsNotReported() {
        DiagnosticTestSupport.expect("expected-token", in: #"""
        context Claims {
          value Money 1️⃣amount: Decimal
          event ClaimFiled { amount: Money }
        }

        """#, renders: #"""
        model.storm:2:15: error: expected `{` to open the fields of value `Money`, found `amount` [expected-token]
         2 |   value Money amount: Decimal
           |               ^~~~~~

        """#)
    }

    /// A name written in quotes is reported and read as the name, so references to it resolve.
    @Test func aNameInQuotesIsReadAsTheName() {
        DiagnosticTestSupport.expect("expected-name", in: #"""
        context Claims {
          actor 1️⃣"Adjuster"
          command SettleClaim by Adjuster
        }

        """#, renders: #"""
        model.storm:2:9: error: expected an actor name after `actor`, found a string [expected-name]
         2 |   actor "Adjuster"
           |         ^~~~~~~~~~
          = help: write `Adjuster` without quotes

        """#)
    }

    /// A list of names must start on the line of its keyword: the next line is a member of its own, not an event
    /// name.
    @Test func aListBrokenOffAtTheEndOfALineLeavesTheNextLineAlone() {
        DiagnosticTestSupport.expect("expected-name", in: #"""
        context Claims {
          command SettleClaim 1️⃣emits
          event ClaimSettled
        }

        """#, renders: #"""
        model.storm:2:23: error: expected an event name after `emits`, found the end of the line [expected-name]
         2 |   command SettleClaim emits
           |                       ^~~~~

        """#)
    }

    /// A misspelt keyword inside a member (`emit`) is reported with the keyword, and read as it.
    @Test func aMisspeltKeywordInsideAMemberIsReadAsTheKeyword() {
        DiagnosticTestSupport.expect("expected-token", in: #"""
        context Claims {
          event ClaimSettled
          command SettleClaim 1️⃣emit ClaimSettled
        }

        """#, renders: #"""
        model.storm:3:23: error: expected `emits` after command `SettleClaim`, found `emit` [expected-token]
         3 |   command SettleClaim emit ClaimSettled
           |                       ^~~~
          = help: did you mean `emits`?

        """#)
    }
}
