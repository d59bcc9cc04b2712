import StormModel
import StormSource
import StormSupport

/// Definition, references, hover and rename of fields and enumeration cases.
extension LanguageServer {
    /// The field or case under a position, with the analysis it was found in; nil when there is none.
    func member(at params: TextDocumentPositionParams) throws(ResponseError) -> (Analysis, MemberOccurrence)? {
        let (analysis, file) = try analysis(params.uri)
        let offset = converter.offset(of: params.position, in: analysis.sources[file])
        return analysis.index.members.occurrence(at: offset, in: file).map { (analysis, $0) }
    }

    /// `textDocument/definition` on a member: where it is declared.
    func memberDefinition(_ found: MemberOccurrence, in analysis: Analysis) -> JSON {
        let range = analysis.index.members.members[found.member].nameRange
        return analysis.hasURI(range.file) ? location(range, in: analysis) : .null
    }

    /// `textDocument/references` on a member: every place its name is written.
    func memberReferences(_ found: MemberOccurrence, in analysis: Analysis, includeDeclaration: Bool) -> JSON {
        .array(analysis.index.members.occurrences(of: found.member)
            .filter { (includeDeclaration || !$0.isDeclaration) && analysis.hasURI($0.range.file) }
            .map { location($0.range, in: analysis) })
    }

    /// `textDocument/hover` on a member: what it is, whose, its type and doc.
    func memberHover(_ found: MemberOccurrence, in analysis: Analysis) -> JSON {
        let index = analysis.index
        let member = index.members.members[found.member]
        var lines: [String]
        if let type = member.type {
            lines = ["**field** `\(member.name): \(type.description)` of \(member.ownerTitle(index.declarations))"]
        } else {
            lines = ["**case** `\(member.name)` of \(member.ownerTitle(index.declarations))"]
        }
        if !member.doc.isEmpty { lines += ["", member.doc] }
        let references = index.members.occurrences(of: found.member).count - 1
        lines += ["", references == 1 ? "1 reference" : "\(references) references"]
        return ["contents": ["kind": "markdown", "value": .string(lines.joined(separator: "\n"))],
                "range": converter.range(found.range, in: analysis.sources[found.range.file])]
    }

    /// `textDocument/prepareRename` on a member: its range, unless it cannot be renamed here.
    func prepareMemberRename(_ found: MemberOccurrence, in analysis: Analysis) throws(ResponseError) -> JSON {
        let member = analysis.index.members.members[found.member]
        guard analysis.hasURI(member.nameRange.file) else {
            throw Self.declaredInInterface(member.name)
        }
        return converter.range(found.range, in: analysis.sources[found.range.file])
    }

    /// `textDocument/rename` on a member: its declaration and every reference, across the model's files.
    /// Refused, with the reason, when the new name is not a name or is taken in the same owner, or when a
    /// place that may name the member belongs to an unknown event, command or field.
    func renameMember(_ found: MemberOccurrence, in analysis: Analysis, to newName: String) throws(ResponseError) -> JSON {
        let index = analysis.index
        let members = index.members
        let member = members.members[found.member]
        _ = try prepareMemberRename(found, in: analysis)
        guard Self.isValidName(newName) else { throw Self.invalidName(newName) }
        if member.kind == .enumCase, ["true", "false", "null"].contains(newName) {
            throw ResponseError(.requestFailed, "`\(newName)` is a literal: a case named so could not be written as a value")
        }
        var clashKey = member.key
        clashKey.name = newName
        if newName != member.name, let clash = members.byKey[clashKey] {
            let place = analysis.sources.location(of: members.members[clash].nameRange)
            throw ResponseError(.requestFailed, "cannot rename to `\(newName)`: \(member.kind.rawValue) `\(newName)` of \(member.ownerTitle(index.declarations)) already exists (\(place.path):\(place.line))")
        }
        let unknown = member.kind == .field ? members.unknownFields[member.name] : members.unknownValues[member.name]
        if let unknown {
            let place = analysis.sources.location(of: unknown)
            let what = member.kind == .field ? "a field `\(member.name)` of a message whose event or command is unknown"
                : "the value `\(member.name)` of a field that is unknown"
            throw ResponseError(.requestFailed, "cannot rename `\(member.name)` everywhere: \(place.path):\(place.line) writes \(what); fix that first")
        }
        let ranges = members.occurrences(of: found.member).map(\.range)
        guard ranges.allSatisfy({ analysis.hasURI($0.file) }) else {
            throw ResponseError(.requestFailed, "`\(member.name)` is used in a used domain's interface, which cannot be edited here")
        }
        return renameEdit(ranges, to: newName, in: analysis)
    }
}
