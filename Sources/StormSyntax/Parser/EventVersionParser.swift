import StormDiagnostics
import StormSource

extension Parser {
    /// `Version = "v" Digits [ "." Digits [ "." Digits ] ] ;` (one word: `v2`, `v2.1`, `v2.1.0`)
    ///
    /// Reads what touches the major word `token` (`.1`, `.1.0`): the minor and patch, or nil when only the
    /// major is written. Anything else touching it (`v2.x`, `v2.01`, `v2.1.0.4`, `v2.1-beta`) is consumed
    /// and reported once, and the version is read as its major.
    mutating func parseRevision(from token: Token, major: Int) -> VersionRevisionSyntax? {
        while [.dot, .number, .identifier, .minus].contains(current.kind), current.start == previous.end {
            advance()
        }
        guard previous.end != token.end else { return nil }
        let whole = range(from: token)
        let written = file.text(from: whole.start, to: whole.end)
        let parts = written.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        let numbers = parts.dropFirst().map { part -> Int? in
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), part == "0" || part.first != "0" else { return nil }
            return Int(part)
        }
        guard (2...3).contains(parts.count), let minor = numbers[0], numbers.count == 1 || numbers[1] != nil else {
            report("invalid-version", SyntaxDiagnostics.malformedVersion(written), at: whole,
                   fixIts: [FixIt("write `v\(major)`", edits: [TextEdit(range: whole, replacement: "v\(major)")])])
            return nil
        }
        return VersionRevisionSyntax(minor: minor, patch: numbers.count == 2 ? numbers[1] : nil, range: whole)
    }

    /// `PreviousVersion = "was" Version FieldBlock ;` after an event: a previous major, kept during a migration.
    mutating func parsePreviousVersions(of name: Name) -> [PreviousVersionSyntax] {
        var previous: [PreviousVersionSyntax] = []
        while isWord(current, "was"), let number = versionNumber(peek()) {
            let pending = beginDeclaration()
            advance()
            let token = advance()
            if let revision = parseRevision(from: token, major: number) {
                let written = "v\(number)" + revision.written
                report("invalid-version", SyntaxDiagnostics.previousWithRevision(written, major: number), at: revision.range,
                       fixIts: [FixIt("write `v\(number)`", edits: [TextEdit(range: revision.range, replacement: "v\(number)")])])
            }
            let version = IntegerLiteral(number, range: range(token))
            guard let block = parseFieldBlock(of: "version v\(number) of event `\(name.text)`", required: true) else { break }
            previous.append(PreviousVersionSyntax(info: finish(pending), version: version, fields: block.fields, closingComments: block.closing))
        }
        return previous
    }

    /// The number of a version word (`v1` → 1), or nil when `token` is not one.
    func versionNumber(_ token: Token) -> Int? {
        guard token.kind == .identifier else { return nil }
        let word = text(token)
        guard word.count >= 2, word.first == "v", word.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(word.dropFirst())
    }
}
