import StormModel
import StormSource
import StormSyntax

extension MemberIndex.Builder {
    /// The fields and cases the scenarios of one file name: one pass over its tokens. A scenario is
    /// `scenario "title" {`; in it, a message is a name followed by `{`, and holds `field: value` pairs.
    /// Read from the tokens rather than the model, so a scenario the resolver rejected still counts.
    mutating func scanScenarios(in id: FileID) {
        let file = model.sources[id]
        let tokens = symbols.tokens[id.index]
        let declared = symbols.occurrences[id.index]
        var cursor = 0  // into `declared`, which is in source order as the tokens are
        var position = 0
        while position + 2 < tokens.count {
            guard tokens[position].kind == .identifier, tokens[position + 1].kind == .string, tokens[position + 2].kind == .leftBrace,
                  symbols.text(tokens[position], file) == "scenario" else {
                position += 1
                continue
            }
            position += 3
            // The scenario's lines, up to its `}`, or up to a line that cannot be one of them when the `}` is missing.
            while position < tokens.count {
                let token = tokens[position]
                if token.kind == .rightBrace { position += 1; break }
                if token.kind == .identifier, token.startsLine, tokens[position - 1].kind != .comma,
                   !["given", "when", "then"].contains(symbols.text(token, file)) { break }
                if token.kind == .leftBrace, tokens[position - 1].kind == .identifier {
                    let nameStart = Int(tokens[position - 1].start)
                    while cursor < declared.count, declared[cursor].range.start < nameStart { cursor += 1 }
                    var owner: Int?
                    if cursor < declared.count, declared[cursor].range.start == nameStart, !declared[cursor].isDeclaration,
                       [.event, .command].contains(symbols.declarations[declared[cursor].declaration].kind) {
                        owner = declared[cursor].declaration
                    }
                    position = scanMessage(from: position + 1, in: id, owner: owner)
                    continue
                }
                position += 1
            }
        }
    }

    /// The `field: value` pairs of a message up to its `}`; `owner` the event or command it names, nil
    /// when unknown. Returns where it stopped.
    private mutating func scanMessage(from start: Int, in id: FileID, owner: Int?) -> Int {
        let file = model.sources[id]
        let tokens = symbols.tokens[id.index]
        var position = start
        while position < tokens.count {
            let token = tokens[position]
            switch token.kind {
            case .rightBrace: return position + 1
            case .leftBrace: return position
            case .identifier where position + 1 < tokens.count && tokens[position + 1].kind == .colon:
                let name = symbols.text(token, file)
                let range = SourceRange(file: id, start: Int(token.start), end: Int(token.end))
                var type: TypeReference?
                if let owner {
                    if let member = byKey[Member.Key(owner: owner, part: nil, kind: .field, name: name)] {
                        found.append(MemberOccurrence(range: range, member: member, isDeclaration: false))
                        type = members[member].type
                    }
                } else if unknownFields[name] == nil {
                    unknownFields[name] = range
                }
                let next = scanValue(from: position + 2, in: id, type: type)
                position = next > position + 2 ? next : position + 2
                continue
            case .identifier where token.startsLine && ["given", "when", "then"].contains(symbols.text(token, file)):
                return position  // the message's `}` is missing
            default: break
            }
            position += 1
        }
        return position
    }
}
