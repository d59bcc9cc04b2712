import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// Helpers shared by the formatter's tests.
enum FormatTestSupport {
    /// Parses `text`, recording an issue for every syntax error.
    static func parse(_ source: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> FileSyntax {
        var diagnostics = DiagnosticList()
        let syntax = Parser.parse(source, id: FileID(0), diagnostics: &diagnostics)
        for diagnostic in diagnostics.all where diagnostic.severity == .error {
            let place = diagnostic.range.map { source.lineAndColumn(of: $0.start) }
            Issue.record("\(source.path):\(place?.line ?? 0):\(place?.column ?? 0): \(diagnostic.message)", sourceLocation: sourceLocation)
        }
        return syntax
    }

    /// The formatted text of `text`, which must parse without errors.
    static func format(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        format(SourceFile(path: "test.storm", text: text), sourceLocation: sourceLocation)
    }

    static func format(_ source: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        StormFormatter.format(parse(source, sourceLocation: sourceLocation), source: source)
    }

    /// Checks that `input` formats to `expected`, that `expected` is a fixed point, and that formatting
    /// kept the meaning.
    static func expectFormat(_ input: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let output = format(input, sourceLocation: sourceLocation)
        #expect(output == expected, "\n--- got ---\n\(output)--- expected ---\n\(expected)", sourceLocation: sourceLocation)
        let again = format(output, sourceLocation: sourceLocation)
        #expect(again == output, "not idempotent:\n\(again)", sourceLocation: sourceLocation)
        expectSameMeaning(input, output, sourceLocation: sourceLocation)
    }

    /// Checks that two texts parse to the same tree, source ranges aside.
    static func expectSameMeaning(_ original: String, _ formatted: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let before = structure(of: parse(SourceFile(path: "original.storm", text: original), sourceLocation: sourceLocation))
        let after = structure(of: parse(SourceFile(path: "formatted.storm", text: formatted), sourceLocation: sourceLocation))
        #expect(before == after, "meaning changed:\n\(firstDifference(before, after))", sourceLocation: sourceLocation)
    }

    /// A description of a syntax tree without its source ranges, for comparing the meaning of two parses.
    /// Comment and doc text is compared without trailing whitespace, which the formatter removes.
    static func structure(of syntax: FileSyntax) -> String {
        describe(syntax, inComment: false)
    }

    private static let commentLabels: Set<String> = ["doc", "leading", "trailing", "closingComments", "trailingComments"]

    private static func describe(_ value: Any, inComment: Bool) -> String {
        if value is SourceRange || value is FileID { return "" }
        if let text = value as? String {
            guard inComment else { return text.debugDescription }
            var scalars = Substring(text).unicodeScalars
            while let last = scalars.last, [" ", "\t", "\r", "\u{0C}"].contains(last) { scalars.removeLast() }
            return String(scalars).debugDescription
        }
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty { return mirror.displayStyle == .optional ? "nil" : "\(value)" }
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first {
            return describe(wrapped.value, inComment: inComment)
        }
        let parts = mirror.children.compactMap { child -> String? in
            let text = describe(child.value, inComment: inComment || child.label.map(commentLabels.contains) == true)
            guard !text.isEmpty else { return nil }
            return child.label.map { "\($0): \(text)" } ?? text
        }
        return "\(mirror.subjectType)(\(parts.joined(separator: ", ")))\n"
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? String(left[index]) : "<end>"
            let r = index < right.count ? String(right[index]) : "<end>"
            if l != r { return "line \(index + 1)\nbefore: \(l)\nafter:  \(r)" }
        }
        return "(no difference)"
    }

    /// The number of `//` and `///` comments in a text, as the lexer finds them.
    static func commentCount(_ text: String) -> Int {
        var diagnostics = DiagnosticList()
        return Lexer.lex(SourceFile(path: "count.storm", text: text), id: FileID(0), diagnostics: &diagnostics).comments.count
    }
}
