import StormDiagnostics
import StormSource

/// Where a block ends, and where parsing resumes after an error.
extension Parser {
    /// The block being parsed: how deep the line that opened it is indented, and how deep its first member.
    struct Block {
        var openIndent: Int
        var memberIndent: Int?
        /// A keyword that goes on the declaration after its block (`emits` after a command's fields): met
        /// where a member should be, and not as a field name (`emits:`), it ends the block.
        var continuation: StaticString?
        /// Whether the block is read by its indentation: its members are indented deeper than the line that
        /// opened it, or no member has started a line yet (a block written on one line).
        var isIndented: Bool { memberIndent.map { $0 > openIndent } ?? true }
    }

    /// Whether the current token starts a line that can only be a top-level declaration: `context Name {`,
    /// `context Name implements`, `context map Name`, `extend context Name`, `external context Name`, `domain Name {`, `domain Name "…"`, `team Name {`, or
    /// Context Mapper's `BoundedContext Name {` and `ContextMap Name {`. Keywords are contextual, so the word
    /// alone is not enough: `context: String` is a field, and `team` may be a case of an enum.
    var atTopLevelStarter: Bool {
        guard current.startsLine, current.kind == .identifier else { return false }
        let (n1, n2) = (peek(1), peek(2))
        guard n1.kind == .identifier, !n1.startsLine, !n2.startsLine else { return false }
        if isWord(current, "context") {
            if isWord(n1, "map") { return n2.kind == .identifier }
            return n2.kind == .leftBrace || isWord(n2, "implements")
        }
        if isWord(current, "domain") { return n2.kind == .leftBrace || n2.kind == .string }
        if isWord(current, "extend") { return isWord(n1, "context") && n2.kind == .identifier }
        if isWord(current, "external") { return isWord(n1, "context") && n2.kind == .identifier }
        if isWord(current, "team") || isWord(current, "BoundedContext") || isWord(current, "ContextMap") { return n2.kind == .leftBrace }
        return false
    }

    /// Whether `block` ends before the current token without its `}`: at a line that can only start a
    /// top-level declaration, or, in indentation recovery, at a line indented no deeper than the line that
    /// opened the block (a `}` there is that line's own, a `}` further left closes an outer block).
    func endsWithoutBrace(_ block: Block) -> Bool {
        if let word = block.continuation, isWord(current, word), peek().kind != .colon { return true }
        guard current.startsLine, !atEnd else { return false }
        if atTopLevelStarter { return true }
        guard indentationRecovery, block.isIndented else { return false }
        return current.kind == .rightBrace ? lineIndent < block.openIndent : lineIndent <= block.openIndent
    }

    /// Whether the current `}`, in indentation recovery, closes nothing: it starts a line indented like the
    /// members of `block`, deeper than the line that opened it, so the block goes on after it.
    func isStrayBrace(_ block: Block) -> Bool {
        guard indentationRecovery, current.startsLine, let members = block.memberIndent, members > block.openIndent else { return false }
        return lineIndent > block.openIndent
    }

    /// Skips to the next line that starts with one of `starters` (or, with `fieldStarts`, with `name:`; with
    /// `nameStarts`, with any name), or to the `}` that closes the current block, or to where `block` ends
    /// without its `}`, or to the end of the file.
    mutating func skipToRecoveryPoint(starters: [StaticString], fieldStarts: Bool = false, nameStarts: Bool = false, block: Block) {
        var depth = 0
        while !atEnd {
            let token = current
            if token.startsLine, atTopLevelStarter || (indentationRecovery && block.isIndented && lineIndent <= block.openIndent) {
                return
            }
            if token.kind == .rightBrace {
                if depth == 0 { return }
                depth -= 1
            } else if token.kind == .leftBrace {
                depth += 1
            } else if token.startsLine, token.kind == .identifier,
                      starters.contains(where: { isWord(token, $0) }) || (depth == 0 && (nameStarts || fieldStarts && peek().kind == .colon))
                      || (depth == 0 && atGuessableMember(starters)) {
                return
            }
            advance()
        }
    }

    /// Whether the current line starts `Word Name` where `Word` is a keyword of another tool or near one of
    /// `starters` (`DomainEvent Filed`, `evnt Filed`): a member that will be read as meant.
    func atGuessableMember(_ starters: [StaticString]) -> Bool {
        guard !starters.isEmpty, current.startsLine, current.kind == .identifier, peek().kind == .identifier, !peek().startsLine else { return false }
        let word = text(current)
        return ForeignSpellings.memberKeywords[word] != nil || ForeignSpellings.subdomainKeywords[word] != nil
            || Suggestion.closest(to: word, in: starters.map { "\($0)" }) != nil
    }

    /// Parses the members of a `{ … }` block (whose `{` was just consumed) until its `}`, calling `member`
    /// for each, and recovering from errors by skipping to the next line that starts a member. A block
    /// whose `}` is missing ends where ``endsWithoutBrace(_:)`` says, with one error there and a note at
    /// the `{`. Returns the comments before `}`.
    mutating func parseBlockMembers(of what: @autoclosure () -> String, opening: Token?, starters: [StaticString], fieldStarts: Bool = false,
                                    nameStarts: Bool = false, continuation: StaticString? = nil, member: (inout Parser) -> Void) -> [String] {
        var block = Block(openIndent: previousLineIndent, continuation: continuation)
        // The members of a block whose header was guessed are parsed on their own merits.
        let (savedName, savedMuted) = (pendingName, muted)
        muted = 0
        defer { (pendingName, muted) = (savedName, savedMuted) }
        while !atEnd, !endsWithoutBrace(block) {
            if current.kind == .rightBrace {
                guard isStrayBrace(block) else { break }
                error("unmatched-brace", SyntaxDiagnostics.unmatchedBrace(closing: what()))
                advance()
                continue
            }
            if block.memberIndent == nil, current.startsLine { block.memberIndent = lineIndent }
            let before = index
            let errorsBefore = reportedErrors
            pendingName = nil
            member(&self)
            if reportedErrors > errorsBefore, let name = pendingName { unfinished.append(name) }
            if index == before {
                advance()
                skipToRecoveryPoint(starters: starters, fieldStarts: fieldStarts, nameStarts: nameStarts, block: block)
            } else if reportedErrors > errorsBefore {
                skipToRecoveryPoint(starters: starters, fieldStarts: fieldStarts, nameStarts: nameStarts, block: block)
            }
        }
        let closing = closingComments()
        if current.kind == .rightBrace, !endsWithoutBrace(block) {
            advance()
        } else {
            let notes = opening.map { [DiagnosticNoteBuilder.opened(range($0))] } ?? []
            let place = SourceRange(file: fileID, start: Int(current.start), end: Int(current.start))
            error("unclosed-block", SyntaxDiagnostics.unclosedBlock(what()), at: place, notes: notes,
                  fixIts: [closingBraceFixIt(opening: opening, openIndent: block.openIndent)])
        }
        return closing
    }

    /// Consumes the `{` that opens a block, or reports it missing. When the next line is indented deeper
    /// than the header, the block is read as if its `{` were there (its `}` usually is): the result is then
    /// a token of no width where the `{` belongs, so the members are not read as the enclosing block's.
    /// Something else before a `{` on the same line (`context Payments: {`) is reported and skipped.
    mutating func expectOpening(_ context: @autoclosure () -> String) -> Token? {
        if let token = eat(.leftBrace) { return token }
        error("expected-token", SyntaxDiagnostics.expected(TokenKind.leftBrace.spelling, context(), found: found))
        while !current.startsLine, !atEnd, current.kind != .leftBrace, current.kind != .rightBrace { advance() }
        if let token = eat(.leftBrace) { return token }
        guard current.startsLine, !atEnd, lineIndent > previousLineIndent else { return nil }
        return Token(kind: .leftBrace, startsLine: false, start: previous.end, end: previous.end)
    }

    /// Records the name of the declaration being parsed: should it fail, references to it are not reported.
    mutating func declaring(_ name: Name) {
        pendingName = name
    }
}
