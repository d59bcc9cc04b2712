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
}

/// Where the author left blank lines, read from the source bytes.
extension FormatWriter {
    /// Where the author left blank lines above a declaration.
    struct Gap {
        /// A blank line above the declaration and its comments.
        var blankLineBefore = false
        /// A blank line between its last plain comment and what follows (the gap after a licence header).
        var blankLineAfterComments = false
    }

    /// Reads the lines above the declaration starting at `start` that hold only comments or nothing, up to
    /// the previous line with anything else on it.
    func authorsGap(before start: Int) -> Gap {
        let bytes = source.bytes
        var lineStart = min(start, bytes.count)
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        guard (lineStart..<min(start, bytes.count)).allSatisfy({ FormatWriter.isWhitespace(bytes[$0]) }) else { return Gap() }
        // Bottom up: the kinds of the lines above the declaration.
        var kinds: [LineKind] = []
        var lineEnd = lineStart - 1
        while lineEnd >= 0 {
            var first = lineEnd
            while first > 0, bytes[first - 1] != UInt8(ascii: "\n") { first -= 1 }
            let previousLineEnd = first - 1
            if first == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { first = 3 }
            while first < lineEnd, FormatWriter.isWhitespace(bytes[first]) { first += 1 }
            let kind = lineKind(bytes, from: first, to: lineEnd)
            if kind == .other { break }
            kinds.append(kind)
            lineEnd = previousLineEnd
        }
        var gap = Gap()
        let topComment = kinds.lastIndex { $0 != .blank }
        gap.blankLineBefore = kinds[(topComment ?? -1) + 1..<kinds.count].contains(.blank)
        if let lowestPlainComment = kinds.firstIndex(of: .plainComment) {
            gap.blankLineAfterComments = kinds[..<lowestPlainComment].contains(.blank)
        }
        return gap
    }

    /// Whether the line after the one holding `offset` is blank.
    func blankLineFollowsLine(of offset: Int) -> Bool {
        let bytes = source.bytes
        var index = max(0, offset)
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        index += 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { return true }
            if !FormatWriter.isWhitespace(bytes[index]) { return false }
            index += 1
        }
        return false
    }

    private enum LineKind { case blank, docComment, plainComment, other }

    /// What a line holds, from its first non-blank byte; `///` but not `////` starts a doc comment, as in the lexer.
    private func lineKind(_ bytes: [UInt8], from first: Int, to end: Int) -> LineKind {
        let slash = UInt8(ascii: "/")
        guard first < end else { return .blank }
        guard end - first >= 2, bytes[first] == slash, bytes[first + 1] == slash else { return .other }
        let isDoc = end - first >= 3 && bytes[first + 2] == slash && (end - first == 3 || bytes[first + 3] != slash)
        return isDoc ? .docComment : .plainComment
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == 0x0C
    }
}
