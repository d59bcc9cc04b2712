import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// Helpers shared by the lexer and parser tests.
enum ParserTestSupport {
    /// The syntax of `text` and every diagnostic the lexer and parser reported.
    static func parse(_ text: String) -> (syntax: FileSyntax, diagnostics: [Diagnostic]) {
        parse(bytes: Array(text.utf8))
    }

    /// The syntax of raw bytes (for BOMs and invalid UTF-8) and every diagnostic reported.
    static func parse(bytes: [UInt8]) -> (syntax: FileSyntax, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let syntax = Parser.parse(SourceFile(path: "test.storm", bytes: bytes), id: FileID(0), diagnostics: &diagnostics)
        return (syntax, diagnostics.all)
    }

    /// The syntax of `text`, recording an issue for every diagnostic (the text must be valid).
    static func parseClean(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> FileSyntax {
        let (syntax, diagnostics) = parse(text)
        for diagnostic in diagnostics {
            Issue.record("unexpected \(diagnostic.id): \(diagnostic.message)", sourceLocation: sourceLocation)
        }
        return syntax
    }

    /// The members of the one context `context C { … }` built around `members`, which must be valid.
    static func members(_ members: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [ContextMemberSyntax] {
        let syntax = parseClean("context C {\n\(members)\n}\n", sourceLocation: sourceLocation)
        guard case .context(let context)? = syntax.declarations.first, syntax.declarations.count == 1 else {
            Issue.record("expected one context, got \(syntax.declarations.count) declarations", sourceLocation: sourceLocation)
            return []
        }
        return context.members
    }

    /// The single member of `context C { member }`.
    static func member(_ member: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ContextMemberSyntax? {
        let all = members(member, sourceLocation: sourceLocation)
        #expect(all.count == 1, "expected one member, got \(all.count)", sourceLocation: sourceLocation)
        return all.first
    }

    /// The fields of `value V { fields }`, which must be valid.
    static func fields(_ fields: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [FieldSyntax] {
        guard case .valueObject(let value)? = member("value V {\n\(fields)\n}", sourceLocation: sourceLocation) else {
            Issue.record("expected a value object", sourceLocation: sourceLocation)
            return []
        }
        return value.fields
    }

    /// The type of the field `f: <type>`.
    static func type(_ type: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TypeSyntax? {
        fields("f: \(type)", sourceLocation: sourceLocation).first?.type
    }

    /// The default value of the field `f: <type> = <literal>`.
    static func literal(_ literal: String, type: String = "String", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> LiteralSyntax? {
        fields("f: \(type) = \(literal)", sourceLocation: sourceLocation).first?.defaultValue
    }

    /// The text a range covers in `text`.
    static func slice(_ text: String, _ range: SourceRange) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    /// A type written back in Storm syntax, to compare types in one line.
    static func spelled(_ type: TypeSyntax) -> String {
        switch type {
        case .named(let name): name.text
        case .list(let element, _): "[\(spelled(element))]"
        case .map(let key, let value, _): "[\(spelled(key)): \(spelled(value))]"
        case .optional(let wrapped, _): "\(spelled(wrapped))?"
        }
    }

    /// A literal written back in Storm syntax, to compare literals in one line.
    static func spelled(_ literal: LiteralSyntax) -> String {
        switch literal {
        case .string(let s): "string(\(s.value))"
        case .number(let text, _): "number(\(text))"
        case .bool(let b, _): "bool(\(b))"
        case .null: "null"
        case .name(let name): "name(\(name.text))"
        case .list(let items, _): "[" + items.map(spelled).joined(separator: ", ") + "]"
        case .emptyMap: "[:]"
        case .duration(let amount, let unit, _): "duration(\(amount) \(unit.rawValue))"
        }
    }

    /// `id: message` for each diagnostic, for comparing what was reported in one expression.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.id): \($0.message)" }
    }

    /// `line:column` of a diagnostic's start in `text`.
    static func position(_ diagnostic: Diagnostic, in text: String) -> String {
        guard let range = diagnostic.range else { return "-" }
        let place = SourceFile(path: "test.storm", text: text).lineAndColumn(of: range.start)
        return "\(place.line):\(place.column)"
    }
}
