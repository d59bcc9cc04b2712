import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// Doc comments, plain comments and where the parser attaches them.
struct TriviaTests {
    typealias Support = ParserTestSupport

    @Test func docCommentsDocumentTheFollowingDeclaration() {
        let syntax = Support.parseClean("""
        /// Motor insurance telematics,
        /// as the workshop saw it.
        domain MotorInsurance {}

        ///No space after the slashes.
        team T
        """)
        #expect(syntax.declarations.map(\.info.doc) == [
            ["Motor insurance telematics,", "as the workshop saw it."],
            ["No space after the slashes."],
        ])
    }

    @Test func onlyOneLeadingSpaceIsRemovedFromADocLine() {
        let syntax = Support.parseClean("///   indented\n///\ncontext C {}")
        #expect(syntax.declarations.first?.info.doc == ["  indented", ""])
    }

    @Test func fourSlashesArePlainComments() {
        let syntax = Support.parseClean("//// not documentation\ncontext C {}")
        #expect(syntax.declarations.first?.info.doc == [])
        #expect(syntax.declarations.first?.info.comments.leading == ["// not documentation"])
    }

    @Test func everyKindOfDeclarationTakesADocComment() {
        let members = Support.members("""
          /// owner
          owner T
          /// vision
          vision "v"
          /// actor
          actor A
          /// system
          external system S
          /// id
          id I
          /// value
          value V { /// field
            f: Int }
          /// entity
          entity E {}
          /// enum
          enum N { /// case
            a }
          /// aggregate
          aggregate G {
            /// invariant
            invariant "i"
          }
          /// command
          command Co
          /// event
          event Ev
          /// policy
          policy Po: when Ev then Co
          /// read model
          read model R from Ev
          /// hotspot
          hotspot "h"
          /// product
          data product P {
            /// port
            output port o publishes Ev
          }
        """)
        #expect(members.map(\.info.doc) == [
            ["owner"], ["vision"], ["actor"], ["system"], ["id"], ["value"], ["entity"], ["enum"], ["aggregate"],
            ["command"], ["event"], ["policy"], ["read model"], ["hotspot"], ["product"],
        ])
        if case .valueObject(let value) = members[5] { #expect(value.fields.first?.info.doc == ["field"]) }
        if case .enumeration(let enumeration) = members[7] { #expect(enumeration.cases.first?.info.doc == ["case"]) }
        if case .aggregate(let aggregate) = members[8] { #expect(aggregate.members.first?.info.doc == ["invariant"]) }
        if case .dataProduct(let product) = members[14] { #expect(product.members.first?.info.doc == ["port"]) }
    }

    @Test func plainCommentsAreKeptAsLeadingTrailingAndClosing() {
        let text = """
        // about the context
        context C {
          // about the actor
          actor A // the driver
          // before the brace
        }
        // at the end of the file
        """
        let syntax = Support.parseClean(text)
        guard case .context(let context)? = syntax.declarations.first else { Issue.record("no context"); return }
        #expect(context.info.comments.leading == [" about the context"])
        #expect(context.members.first?.info.comments.leading == [" about the actor"])
        #expect(context.members.first?.info.comments.trailing == " the driver")
        #expect(context.closingComments == [" before the brace"])
        #expect(syntax.trailingComments == [" at the end of the file"])
    }

    @Test func aDocCommentAndPlainCommentsMayBothPrecedeADeclaration() {
        let syntax = Support.parseClean("""
        /// Documented.
        // storm:allow event-name-past-tense legacy name
        context C {}
        """)
        #expect(syntax.declarations.first?.info.doc == ["Documented."])
        #expect(syntax.declarations.first?.info.comments.leading == [" storm:allow event-name-past-tense legacy name"])
    }

    @Test func aTrailingCommentEndsTheFieldsLine() {
        let fields = Support.fields("""
        a: Int, // first
            b: Int // second
        """)
        #expect(fields.map(\.info.comments.trailing) == [" first", " second"])
    }

    @Test func commentsNeverChangeTheTokens() {
        let plain = Support.parseClean("context C { actor A event E { f: Int } }")
        let commented = Support.parseClean("""
        context C { // c
          // x
          actor A // y
          /// doc
          event E { // z
            f: Int // w
          } // v
        } // u
        """)
        guard case .context(let a)? = plain.declarations.first, case .context(let b)? = commented.declarations.first else {
            Issue.record("no contexts"); return
        }
        #expect(a.members.count == b.members.count)
        #expect(a.members.map(\.info.annotations) == b.members.map(\.info.annotations))
    }

    @Test func aCommentContainingCodeIsIgnored() {
        let syntax = Support.parseClean("// context Hidden {}\ncontext Shown {}")
        #expect(syntax.declarations.count == 1)
    }

    @Test func docCommentsKeepNonASCIIText() {
        let syntax = Support.parseClean("/// Fahrt: 運行 — رحلة 🚗\ncontext C {}")
        #expect(syntax.declarations.first?.info.doc == ["Fahrt: 運行 — رحلة 🚗"])
    }
}
