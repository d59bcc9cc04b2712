import StormDiagnostics
import StormKit
import StormSource
import Testing

/// Syntax errors: what the parser expected, with a suggestion where a keyword is near.
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct SyntaxDiagnosticTests {
    @Test func anUnknownDeclarationSuggestsAKeyword() {
        DiagnosticTestSupport.expect("expected-declaration", in: #"""
        1️⃣contxt Trips {
        }

        """#, renders: #"""
        model.storm:1:1: error: expected a declaration (`domain`, `team`, `context` or `context map`), found `contxt` [expected-declaration]
         1 | contxt Trips {
           | ^~~~~~
          = help: did you mean `context`?

        """#)
    }

    @Test func anUnknownContextMemberSuggestsAKeyword() {
        DiagnosticTestSupport.expect("expected-member", in: #"""
        context Trips {
          1️⃣agregate Trip {}
        }

        """#, renders: #"""
        model.storm:2:3: error: expected a context member (`aggregate`, `command`, `event`, `policy`, …) in context `Trips`, found `agregate` [expected-member]
         2 |   agregate Trip {}
           |   ^~~~~~~~
          = help: did you mean `aggregate`?

        """#)
    }

    @Test func aCommandsFieldsAfterItsEventsAreReportedOnce() {
        DiagnosticTestSupport.expect("misplaced-fields", in: #"""
        context Trips {
          event TripEnded
          command EndTrip emits TripEnded 1️⃣{ reason: String }
        }

        """#, renders: #"""
        model.storm:3:35: error: the fields of command `EndTrip` come before `emits`: write `command EndTrip { … } emits …` [misplaced-fields]
         3 |   command EndTrip emits TripEnded { reason: String }
           |                                   ^~~~~~~~~~~~~~~~~~
          = help: move the fields before `emits`

        """#)
    }

    /// The misplaced block is read as the command's fields, so nothing after it is misread (no event outside
    /// its context, no `{` taken for the context's end), and the fix-it moves it before `emits`.
    @Test func aCommandsFieldsAfterItsEventsAreKeptAndMoved() throws {
        let text = "context Trips {\n  command EndTrip emits TripEnded { reason: String }\n  event TripEnded { reason: String }\n}\n"
        let loaded = ModelTestSupport.load(text)
        #expect(loaded.diagnostics.all.map(\.id) == ["misplaced-fields"])
        let command = try #require(loaded.model.contexts.first?.commands.first)
        #expect(command.fields.map(\.name) == ["reason"])
        #expect(command.emits.map(\.name) == ["TripEnded"])
        let edits = try #require(loaded.diagnostics.all.first?.fixIts.first?.edits)
        var bytes = Array(text.utf8)
        for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
            bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.replacement.utf8))
        }
        let fixed = String(decoding: bytes, as: UTF8.self)
        #expect(fixed == "context Trips {\n  command EndTrip { reason: String } emits TripEnded\n  event TripEnded { reason: String }\n}\n")
        #expect(!ModelTestSupport.load(fixed).hasErrors)
    }

    @Test func anUnknownAggregateMemberSuggestsAKeyword() {
        DiagnosticTestSupport.expect("expected-member", in: #"""
        context Trips {
          aggregate Trip {
            1️⃣invarient "A trip ends after it starts"
          }
        }

        """#, renders: #"""
        model.storm:3:5: error: expected a field (`name: Type`), `invariant`, `command`, `entity`, `value` or `hotspot` in aggregate `Trip`, found `invarient` [expected-member]
         3 |     invarient "A trip ends after it starts"
           |     ^~~~~~~~~
          = help: did you mean `invariant`?

        """#)
    }

    @Test func aMissingNameIsReported() {
        DiagnosticTestSupport.expect("expected-name", in: #"""
        context 1️⃣{
        }

        """#, renders: #"""
        model.storm:1:9: error: expected a context name after `context`, found `{` [expected-name]
         1 | context {
           |         ^

        """#)
    }

    @Test func aMissingFieldNameIsReported() {
        DiagnosticTestSupport.expect("expected-name", in: #"""
        context Trips {
          value GeoPoint { 1️⃣"latitude": Double }
        }

        """#, renders: #"""
        model.storm:2:20: error: expected a field (`name: Type`) in value `GeoPoint`, found a string [expected-name]
         2 |   value GeoPoint { "latitude": Double }
           |                    ^~~~~~~~~~

        """#)
    }

    @Test func aMissingColonAfterAPolicyName() {
        DiagnosticTestSupport.expect("expected-token", in: #"""
        context Scoring {
          policy ScoreEveryTrip 1️⃣when TripEnded then ScoreTrip
        }

        """#, renders: #"""
        model.storm:2:25: error: expected `:` after policy `ScoreEveryTrip`: write `policy ScoreEveryTrip: when Event then Command`, found `when` [expected-token]
         2 |   policy ScoreEveryTrip when TripEnded then ScoreTrip
           |                         ^~~~

        """#)
    }

    @Test func aMissingColonAfterAFieldName() {
        DiagnosticTestSupport.expect("expected-token", in: #"""
        context Trips {
          event TripEnded { at 1️⃣Timestamp }
        }

        """#, renders: #"""
        model.storm:2:24: error: expected `:` after field `at`: write `at: Type`, found `Timestamp` [expected-token]
         2 |   event TripEnded { at Timestamp }
           |                        ^~~~~~~~~

        """#)
    }

    @Test func aMissingConnectorListsTheChoices() {
        DiagnosticTestSupport.expect("expected-token", in: #"""
        context map Insurance {
          Trips [U] 1️⃣Scoring
        }

        """#, renders: #"""
        model.storm:2:13: error: expected `->`, `<-`, `<->`, `partnership`, `shared kernel` or `separate ways` after `Trips`, found `Scoring` [expected-token]
         2 |   Trips [U] Scoring
           |             ^~~~~~~

        """#)
    }

    @Test func aNumberIsNotAType() {
        DiagnosticTestSupport.expect("expected-type", in: #"""
        context Trips {
          event TripEnded { distance: 1️⃣42 }
        }

        """#, renders: #"""
        model.storm:2:31: error: expected a type, found `42` [expected-type]
         2 |   event TripEnded { distance: 42 }
           |                               ^~

        """#)
    }

    @Test func aMissingDefaultValue() {
        DiagnosticTestSupport.expect("expected-literal", in: #"""
        context Trips {
          value Fare { amount: Decimal = 1️⃣}
        }

        """#, renders: #"""
        model.storm:2:34: error: expected a value (a string, number, `true`, `false`, `null`, a case name or a list), found `}` [expected-literal]
         2 |   value Fare { amount: Decimal = }
           |                                  ^

        """#)
    }

    @Test func aVersionTooLargeIsOutOfRange() {
        DiagnosticTestSupport.expect("invalid-number", in: #"""
        context Trips {
          event TripEnded 1️⃣v99999999999999999999
        }

        """#, renders: #"""
        model.storm:2:19: error: number `v99999999999999999999` is out of range [invalid-number]
         2 |   event TripEnded v99999999999999999999
           |                   ^~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aFractionWhereAWholeNumberIsExpected() {
        DiagnosticTestSupport.expect("invalid-number", in: #"""
        context Trips {
          data product TripFeed {
            freshness 1️⃣1.5 hours
          }
        }

        """#, renders: #"""
        model.storm:3:15: error: expected a whole number, found `1.5` [invalid-number]
         3 |     freshness 1.5 hours
           |               ^~~

        """#)
    }

    @Test func typesNestedTooDeeply() {
        DiagnosticTestSupport.expect("nesting-too-deep", in: #"""
        context Trips {
          value Grid { cells: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1️⃣[[[Int]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }
        }

        """#, renders: #"""
        model.storm:2:87: error: nesting is too deep (more than 64 levels) [nesting-too-deep]
         2 |   value Grid { cells: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[Int]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }
           |                                                                                       ^

        """#)
    }

    @Test func anUnclosedBlockPointsAtItsOpening() {
        DiagnosticTestSupport.expect("unclosed-block", in: #"""
        context Trips {
          aggregate Trip {
            startedAt: Timestamp
          }1️⃣
        """#, renders: #"""
        model.storm:4:4: error: expected `}` to close context `Trips` [unclosed-block]
         4 |   }
           |    ^
          = help: insert `}`
        model.storm:1:15: note: the block opened here
         1 | context Trips {
           |               ^

        """#)
    }

    @Test func anUnknownTimeUnitSuggestsOne() {
        DiagnosticTestSupport.expect("unknown-time-unit", in: #"""
        context Trips {
          data product TripFeed {
            freshness 5 1️⃣minuts
          }
        }

        """#, renders: #"""
        model.storm:3:17: error: expected a time unit (milliseconds, seconds, minutes, hours or days), found `minuts` [unknown-time-unit]
         3 |     freshness 5 minuts
           |                 ^~~~~~
          = help: did you mean `minutes`?

        """#)
    }

    @Test func aFileWithTooManyErrorsStopsAtAThousand() {
        // 1,001 stray characters, one a line: the first thousand are reported, then one error says so.
        let input = "context Trips {\n" + String(repeating: "#\n", count: 1_000) + "1️⃣#\n}\n"
        let (bytes, marker) = DiagnosticTestSupport.source(input)
        let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: bytes)], name: "Test")
        let sorted = loaded.diagnostics.sorted
        #expect(sorted.count == 1_001)
        #expect(sorted.dropLast().allSatisfy { $0.id == "unexpected-character" })
        guard let last = sorted.last else { return }
        #expect(last.id == "too-many-errors")
        #expect(last.range?.start == marker)
        #expect(TextDiagnosticRenderer(sources: loaded.sources).render(last) == #"""
        model.storm:1002:1: error: too many syntax errors: stopped reporting after 1000, 1 more not shown (is this a .storm file?) [too-many-errors]
         1002 | #
              | ^

        """#)
    }
}
