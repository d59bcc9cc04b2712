import StormDiagnostics
import StormSource

/// The start of a declaration: its doc comment, leading comments and annotations, and its first token.
struct PendingDeclaration {
    var doc: [String]
    var comments: [String]
    var annotations: [Annotation]
    var start: Token
}

extension Parser {
    /// Takes the comments before the current token: `///` lines as doc, `//` lines as comments.
    mutating func leadingTrivia() -> (doc: [String], comments: [String]) {
        var doc: [String] = []
        var plain: [String] = []
        let limit = current.start
        while commentCursor < comments.count, comments[commentCursor].start < limit {
            let comment = comments[commentCursor]
            commentCursor += 1
            if comment.isDoc {
                doc.append(docText(comment))
            } else {
                plain.append(plainText(comment))
            }
        }
        return (doc, plain)
    }

    /// Takes all comments before the current token as plain comments (before a `}` or the end of the file).
    mutating func closingComments() -> [String] {
        var result: [String] = []
        let limit = current.start
        while commentCursor < comments.count, comments[commentCursor].start < limit {
            result.append(plainText(comments[commentCursor]))
            commentCursor += 1
        }
        return result
    }

    /// Takes a comment that ends the line of the last consumed token, if there is one.
    mutating func trailingComment() -> String? {
        guard commentCursor < comments.count else { return nil }
        let comment = comments[commentCursor]
        guard !comment.startsLine, comment.start >= previous.end, comment.start < current.start || atEnd else { return nil }
        commentCursor += 1
        return plainText(comment)
    }

    /// Begins a declaration at the current token: takes its trivia and the annotations written before it.
    mutating func beginDeclaration() -> PendingDeclaration {
        let trivia = leadingTrivia()
        let start = current
        let annotations = parseAnnotations()
        return PendingDeclaration(doc: trivia.doc, comments: trivia.comments, annotations: annotations, start: start)
    }

    /// Ends a declaration after its last token: its range and a trailing comment.
    mutating func finish(_ pending: PendingDeclaration, extraAnnotations: [Annotation] = []) -> DeclarationInfo {
        finish(pending, extraAnnotations: extraAnnotations, last: previous)
    }

    /// Ends a declaration whose range ends at `last`, which may lie before the last consumed token.
    mutating func finish(_ pending: PendingDeclaration, extraAnnotations: [Annotation], last: Token) -> DeclarationInfo {
        let range = SourceRange(file: fileID, start: Int(pending.start.start), end: Int(max(last.end, pending.start.end)))
        let trailing = trailingComment()
        // Most declarations (most fields) have no trivia at all: skip assembling the parts.
        if trailing == nil, pending.doc.isEmpty, pending.comments.isEmpty, pending.annotations.isEmpty, extraAnnotations.isEmpty {
            return DeclarationInfo(range: range)
        }
        let annotations = extraAnnotations.isEmpty ? pending.annotations : pending.annotations + extraAnnotations
        return DeclarationInfo(doc: pending.doc, comments: Comments(leading: pending.comments, trailing: trailing),
                               annotations: annotations, range: range)
    }

    /// The text of a `///` comment without the slashes, one leading space and trailing white space
    /// (spaces, tabs, carriage returns, form feeds): invisible in an editor, and dropped by `stormc fmt`,
    /// so formatting never changes a doc.
    func docText(_ comment: CommentToken) -> String {
        var start = Int(comment.start) + 3
        var end = Int(comment.end)
        if start < end, file.bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, FormatWriter.isWhitespace(byte: file.bytes[end - 1]) { end -= 1 }
        return file.text(from: start, to: end)
    }

    /// The text of a comment after its first two slashes, verbatim.
    func plainText(_ comment: CommentToken) -> String {
        file.text(from: Int(comment.start) + 2, to: Int(comment.end))
    }
}
