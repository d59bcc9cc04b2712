import StormSource

/// Writes a syntax tree in the layout described on ``StormFormatter``. This file holds what every block
/// shares: members one per line with their comments, blank lines, and opening and closing braces; the
/// other `Format*` files print one grammar area each.
struct FormatWriter {
    /// The file the tree was parsed from, read only to find the author's blank lines.
    let source: SourceFile

    /// The whole file.
    func write(_ file: FileSyntax) -> String {
        var printer = TextPrinter()
        printMembers(file.declarations, info: \.info, alwaysSeparated: true, into: &printer) { declaration, printer in
            printDeclaration(declaration, into: &printer)
        }
        printClosingComments(file.trailingComments, after: file.declarations.last?.info.range, into: &printer)
        return printer.text
    }

    // MARK: Blocks

    /// Prints `opening {`, the members one level deeper, the closing comments, and `}` followed by
    /// `after` and the trailing comment; or all on one line, with `{}`, when the block holds nothing.
    func printBlock<Member>(_ opening: WrappableLine, _ members: [Member], info: (Member) -> DeclarationInfo, closingComments: [String],
                            after: WrappableLine = WrappableLine(), trailing: String, into printer: inout TextPrinter,
                            member: (Member, inout TextPrinter) -> Void) {
        guard !members.isEmpty || !closingComments.isEmpty else {
            printer.print(opening.appending(" {}").appending(after), width: StormFormatter.lineWidth, trailing: trailing)
            return
        }
        printer.print(opening.appending(" {"), width: StormFormatter.lineWidth)
        printer.indented { printer in
            printMembers(members, info: info, alwaysSeparated: false, into: &printer, member: member)
            printClosingComments(closingComments, after: members.last.map { info($0).range }, into: &printer)
        }
        printer.print(WrappableLine("}").appending(after), width: StormFormatter.lineWidth, trailing: trailing)
    }

    /// Prints members one after the other, each preceded by its comments and doc comment. `member`
    /// prints the member itself, annotations and trailing comment included. A blank line separates
    /// members when `alwaysSeparated`, around members that take several lines, and where the author
    /// left one.
    func printMembers<Member>(_ members: [Member], info: (Member) -> DeclarationInfo, alwaysSeparated: Bool,
                              into printer: inout TextPrinter, member: (Member, inout TextPrinter) -> Void) {
        var previousIsMultiline: Bool?
        for element in members {
            let memberInfo = info(element)
            var body = printer.subPrinter()
            member(element, &body)
            let isMultiline = body.lines.count > 1
            let gap = authorsGap(before: memberInfo.range.start)
            if let previousIsMultiline, alwaysSeparated || previousIsMultiline || isMultiline || gap.blankLineBefore {
                printer.blankLine()
            }
            printLeadingTrivia(memberInfo, blankLineAfterComments: gap.blankLineAfterComments, into: &printer)
            printer.append(body)
            previousIsMultiline = isMultiline
        }
    }

    /// Plain comments, then the doc comment.
    func printLeadingTrivia(_ info: DeclarationInfo, blankLineAfterComments: Bool, into printer: inout TextPrinter) {
        for comment in info.comments.leading {
            printer.print(commentLine(comment))
        }
        if !info.comments.leading.isEmpty, blankLineAfterComments {
            printer.blankLine()
        }
        for line in info.doc {
            let text = FormatWriter.trimmingTrailingWhitespace(line)
            printer.print(text.isEmpty ? "///" : "/// " + text)
        }
    }

    /// Comments before a closing brace or at the end of the file, after a blank line when the author
    /// left one after the line where `range` ends.
    func printClosingComments(_ comments: [String], after range: SourceRange?, into printer: inout TextPrinter) {
        guard !comments.isEmpty else { return }
        if let range, blankLineFollowsLine(of: range.end) { printer.blankLine() }
        for comment in comments {
            printer.print(commentLine(comment))
        }
    }

    // MARK: Pieces of a line

    /// The annotations written before a declaration, each followed by a space.
    func annotationPrefix(_ info: DeclarationInfo) -> String {
        info.annotations.map { annotationText($0) + " " }.joined()
    }

    /// The comment at the end of a declaration's line, with the space before it; empty when there is none.
    func trailingComment(_ info: DeclarationInfo) -> String {
        info.comments.trailing.map { " " + commentLine($0) } ?? ""
    }

    /// A `//` comment from its text after the slashes.
    func commentLine(_ text: String) -> String {
        "//" + FormatWriter.trimmingTrailingWhitespace(text)
    }

    /// `head` followed by names separated by commas, which may wrap after each comma.
    func list(_ head: String, _ names: [QualifiedName]) -> WrappableLine {
        var line = WrappableLine(head)
        line.appendList(names.map(\.text))
        return line
    }

    /// A one-line member: its annotations, `line`, and its trailing comment.
    func printLine(_ line: WrappableLine, _ info: DeclarationInfo, into printer: inout TextPrinter) {
        printer.print(WrappableLine(annotationPrefix(info)).appending(line), width: StormFormatter.lineWidth, trailing: trailingComment(info))
    }

    /// A one-line member that never wraps.
    func printLine(_ text: String, _ info: DeclarationInfo, into printer: inout TextPrinter) {
        printer.print(annotationPrefix(info) + text + trailingComment(info))
    }

    /// Whether `line`, printed at the printer's indentation, fits in the line width.
    func fits(_ line: String, in printer: TextPrinter) -> Bool {
        printer.indentationWidth + line.count <= StormFormatter.lineWidth
    }

    static func trimmingTrailingWhitespace(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, isWhitespace(last) { scalars.removeLast() }
        return String(scalars)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    }

    /// Whether a byte is white space that trails a line unseen, as ``trimmingTrailingWhitespace(_:)`` removes:
    /// the parser drops the same from doc comments.
    static func isWhitespace(byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == 0x0C
    }
}
