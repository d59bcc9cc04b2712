import StormModel
import StormSource
import StormSupport
import StormSyntax

extension LanguageServer {
    /// `textDocument/semanticTokens/full`: declared names by what they declare, fields and enumeration
    /// cases (wherever written), keywords, built-in types, other field names, strings, numbers and comments.
    func semanticTokens(_ uri: String) throws(ResponseError) -> JSON {
        typealias TokenType = SemanticTokensRequest.TokenType
        let (analysis, file) = try analysis(uri)
        let source = analysis.sources[file]
        let index = analysis.index
        let tokens: [Token] = index.tokens[file.index]
        var classified: [(start: Int, end: Int, type: TokenType, declaration: Bool)] = []
        let occurrences = index.occurrences[file.index]
        var cursor = 0
        let members = index.members.occurrences[file.index]
        var memberCursor = 0
        var joinedEnd = 0
        for (position, token) in tokens.enumerated() {
            let start = Int(token.start), end = Int(token.end)
            guard start >= joinedEnd else { continue }  // inside `x-as-a-service`, classified at its `x`
            switch token.kind {
            case .string: classified.append((start, end, .string, false))
            case .number: classified.append((start, end, .number, false))
            case .identifier:
                while cursor < occurrences.count, occurrences[cursor].range.start < start { cursor += 1 }
                if cursor < occurrences.count, occurrences[cursor].range.start == start {
                    let occurrence = occurrences[cursor]
                    classified.append((start, end, Self.tokenType(index.declarations[occurrence.declaration].kind), occurrence.isDeclaration))
                    continue
                }
                while memberCursor < members.count, members[memberCursor].range.start < start { memberCursor += 1 }
                if memberCursor < members.count, members[memberCursor].range.start == start {
                    let occurrence = members[memberCursor]
                    let type: TokenType = index.members.members[occurrence.member].kind == .field ? .property : .enumMember
                    classified.append((start, end, type, occurrence.isDeclaration))
                    continue
                }
                let text = source.text(from: start, to: end)
                if text == "x", let joined = joinedKeywordEnd(at: start, in: source) {
                    classified.append((start, joined, .keyword, false))
                    joinedEnd = joined
                    continue
                }
                let next: TokenKind = position + 1 < tokens.count ? tokens[position + 1].kind : .endOfFile
                let before: TokenKind = position > 0 ? tokens[position - 1].kind : .endOfFile
                if PrimitiveType.named(text) != nil {
                    classified.append((start, end, .type, false))
                } else if next == .colon, before != .identifier || token.startsLine {
                    classified.append((start, end, .property, false))
                } else if StormKeywords.all.contains(text) || (StormKeywords.roles.contains(text) && (before == .leftBracket || before == .comma)) {
                    classified.append((start, end, .keyword, false))
                } else if StormKeywords.isVersion(text) {
                    classified.append((start, end, .number, false))
                }
            default: break
            }
        }
        for comment in index.comments[file.index] {
            classified.append((Int(comment.start), Int(comment.end), .comment, comment.isDoc))
        }
        classified.sort { $0.start < $1.start }
        var data: [JSON] = []
        var previous = Position(line: 0, character: 0)
        for item in classified {
            let start = converter.position(of: item.start, in: source)
            let end = converter.position(of: item.end, in: source)
            guard end.line == start.line, end.character > start.character else { continue }
            let deltaLine = start.line - previous.line
            let deltaStart = deltaLine == 0 ? start.character - previous.character : start.character
            let modifiers = item.declaration ? (item.type == .comment ? 2 : 1) : 0
            data += [.integer(deltaLine), .integer(deltaStart), .integer(end.character - start.character), .integer(item.type.rawValue), .integer(modifiers)]
            previous = start
        }
        return ["data": .array(data)]
    }

    /// Where `x-as-a-service` ends when it starts at `start`, standing alone (not part of a longer word).
    private func joinedKeywordEnd(at start: Int, in source: SourceFile) -> Int? {
        let end = start + StormKeywords.joined.utf8.count
        guard source.bytes.count >= end, source.bytes[start..<end].elementsEqual(StormKeywords.joined.utf8) else { return nil }
        guard end < source.bytes.count else { return end }
        let after = source.bytes[end]
        let continuesWord = after == UInt8(ascii: "-") || after == UInt8(ascii: "_") || after >= 0x80
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(after) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(after | 0x20)
        return continuesWord ? nil : end
    }

    static func tokenType(_ kind: DeclarationKind) -> SemanticTokensRequest.TokenType {
        switch kind {
        case .domain, .subdomain, .context, .contextMap, .dataProduct: .namespace
        case .team, .identifier: .type
        case .valueObject: .struct
        case .entity, .aggregate: .class
        case .enumeration: .enum
        case .event: .event
        case .command: .function
        case .policy: .method
        case .readModel: .interface
        case .actor, .externalSystem: .variable
        }
    }
}

/// The words of the Storm grammar (`Docs/Language.md`), for highlighting and completion.
enum StormKeywords {
    /// Every keyword; all are contextual.
    static let all: Set<String> = [
        "domain", "subdomain", "core", "supporting", "generic", "team", "contact", "context", "implements", "owner", "vision",
        "actor", "external", "system", "id", "value", "entity", "enum", "aggregate", "invariant", "command", "by", "emits",
        "event", "policy", "when", "then", "read", "model", "from", "hotspot", "data", "product", "input", "port", "consumes",
        "output", "publishes", "freshness", "availability", "map", "partnership", "shared", "kernel", "separate", "ways",
        "true", "false", "null", "millisecond", "milliseconds", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "or", "fails", "with", "lifecycle", "final", "every", "after", "unless", "week", "weeks", "month", "months", "year", "years",
        "scenario", "given", "nothing", "query", "returns", "asked", "extend", "use", "unclassified",
        "name", "technology", "exposes", "rights", "type", "state", "landscape", "organizational", "influencer", "opinion", "leader",
        "veto", "right", "decision", "maker", "monopolist", "collaboration", "facilitating", "was",
    ]
    /// The one keyword of several words joined by `-` (a team interaction mode), one semantic token.
    static let joined = "x-as-a-service"

    /// Whether `word` is an event version's major (`v2`, of `v2.1.0`).
    static func isVersion(_ word: String) -> Bool {
        word.count >= 2 && word.first == "v" && word.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
    /// The roles of a relationship, keywords inside `[…]` of a context map.
    static let roles: Set<String> = ["U", "D", "OHS", "PL", "ACL", "CF", "S", "C", "P", "SK", "BBoM"]
}
