import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// The file's encoding: UTF-8 with or without a byte-order mark, LF or CRLF line ends.
struct EncodingTests {
    typealias Support = ParserTestSupport

    static let model = """
    /// Trips.
    context Trips { // the context
      actor Driver
      event TripEnded v2 {
        /// When.
        at: Timestamp = null // trailing
        note: String = "a b"
      }
    }

    """

    /// Everything the parser kept, ranges aside.
    func outline(_ syntax: FileSyntax) -> String {
        guard case .context(let context)? = syntax.declarations.first, case .event(let event)? = context.members.last else { return "" }
        return "\(context.info.doc) \(context.name.text) \(context.members.map(\.info.comments)) \(event.name.text) \(event.version?.value ?? 0) "
            + "\(event.fields?.map { "\($0.info.doc) \($0.name.text) \(Support.spelled($0.type)) \($0.defaultValue.map(Support.spelled) ?? "") \($0.info.comments)" } ?? [])"
    }

    @Test func aByteOrderMarkChangesNothing() {
        let plain = Support.parse(Self.model)
        let marked = Support.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.model.utf8))
        #expect(plain.diagnostics.isEmpty)
        #expect(marked.diagnostics.isEmpty)
        #expect(outline(marked.syntax) == outline(plain.syntax))
        #expect(!outline(plain.syntax).isEmpty)
    }

    @Test func crlfLineEndsChangeNothing() {
        let crlf = Self.model.replacingOccurrences(of: "\n", with: "\r\n")
        let plain = Support.parse(Self.model)
        let windows = Support.parse(crlf)
        #expect(windows.diagnostics.isEmpty)
        #expect(outline(windows.syntax) == outline(plain.syntax))
    }

    @Test func aByteOrderMarkAndCRLFTogether() {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(Self.model.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let both = Support.parse(bytes: bytes)
        #expect(both.diagnostics.isEmpty)
        #expect(outline(both.syntax) == outline(Support.parse(Self.model).syntax))
    }

    @Test func aDocCommentWithCRLFHasNoCarriageReturn() {
        let syntax = Support.parseClean("/// Doc.\r\n// plain\r\ncontext C {}\r\n")
        #expect(syntax.declarations.first?.info.doc == ["Doc."])
        #expect(syntax.declarations.first?.info.comments.leading == [" plain"])
    }

    @Test func anErrorAfterAByteOrderMarkIsPlacedByBytes() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("contxt C {}".utf8)
        let (_, diagnostics) = Support.parse(bytes: bytes)
        #expect(diagnostics.first?.range == SourceRange(file: FileID(0), start: 3, end: 9))
    }

    @Test func oldMacLineEndsAreWhitespace() {
        // A lone CR is not a line end: the file is one line, and still parses.
        let syntax = Support.parseClean("context C {\r  actor A\r}\r")
        guard case .context(let context)? = syntax.declarations.first else { Issue.record("no context"); return }
        #expect(context.members.count == 1)
    }

    @Test func stringsKeepEveryScriptAndEmoji() {
        guard case .hotspot(let question, _)? = Support.member("hotspot \"Что если телефон умрёт? 🚗📱 ماذا لو 電話が\"") else {
            Issue.record("no hotspot"); return
        }
        #expect(question.value == "Что если телефон умрёт? 🚗📱 ماذا لو 電話が")
    }

    @Test func combiningMarksStayInTheName() {
        // `é` written as `e` and U+0301.
        guard case .actor(let actor, _)? = Support.member("actor Caf\u{65}\u{301}") else { Issue.record("no actor"); return }
        #expect(actor.text.unicodeScalars.count == 5)
    }
}
