import StormModel
import StormSource
import StormSupport

extension LanguageServer {
    /// `textDocument/prepareRename`: the name's range, or an error when nothing renamable is there.
    func prepareRename(_ params: TextDocumentPositionParams) throws(ResponseError) -> JSON {
        if let (analysis, member) = try member(at: params) { return try prepareMemberRename(member, in: analysis) }
        let (analysis, file, found) = try occurrence(at: params)
        guard let found else { throw ResponseError(.requestFailed, "there is no declared name here to rename") }
        let declaration = analysis.index.declarations[found.declaration]
        guard analysis.hasURI(declaration.nameRange.file) else {
            throw Self.declaredInInterface(declaration.name)
        }
        return converter.range(found.range, in: analysis.sources[file])
    }

    /// `textDocument/rename`: the declaration and every reference, across the model's files. Refused,
    /// with the reason, when the new name is not a name or is already taken where the old one lives.
    func rename(_ params: RenameRequest.Params) throws(ResponseError) -> JSON {
        if let (analysis, member) = try member(at: params.position) { return try renameMember(member, in: analysis, to: params.newName) }
        let (analysis, _, found) = try occurrence(at: params.position)
        guard let found else { throw ResponseError(.requestFailed, "there is no declared name here to rename") }
        let index = analysis.index
        let declaration = index.declarations[found.declaration]
        let newName = params.newName
        guard analysis.hasURI(declaration.nameRange.file) else {
            throw Self.declaredInInterface(declaration.name)
        }
        guard Self.isValidName(newName) else { throw Self.invalidName(newName) }
        if declaration.kind.isType, PrimitiveType.named(newName) != nil {
            throw ResponseError(.requestFailed, "`\(newName)` is a built-in type")
        }
        let clash = (index.byName[newName] ?? []).map { index.declarations[$0] }.first { other in
            declaration.kind.isContextMember ? (other.kind.isContextMember && other.scope == declaration.scope)
                : (!other.kind.isContextMember && other.kind == declaration.kind && other.scope == declaration.scope)
        }
        if let clash {
            let place = analysis.sources.location(of: clash.nameRange)
            throw ResponseError(.requestFailed, "cannot rename to `\(newName)`: \(clash.kind.rawValue) `\(clash.qualifiedName)` already has that name (\(place.path):\(place.line))")
        }
        let ranges = index.occurrences(of: found.declaration).lazy.map(\.range).filter { analysis.hasURI($0.file) }
        return renameEdit(ranges, to: newName, in: analysis)
    }

    /// The workspace edit that writes `newName` over each of `ranges`, grouped by file.
    func renameEdit(_ ranges: some Sequence<SourceRange>, to newName: String, in analysis: Analysis) -> JSON {
        var changes: [String: [JSON]] = [:]
        for range in ranges {
            changes[analysis.uris[range.file.index], default: []].append(
                ["range": converter.range(range, in: analysis.sources[range.file]), "newText": .string(newName)])
        }
        return ["changes": .object(JSONObject(changes.mapValues { JSON.array($0) }))]
    }

    /// The refusal of a new name that is not a Storm name.
    static func invalidName(_ name: String) -> ResponseError {
        ResponseError(.requestFailed, "`\(name)` is not a valid name: a name starts with a letter or `_` and goes on with letters, digits and `_`")
    }

    /// The refusal to rename what a used domain's interface declares.
    static func declaredInInterface(_ name: String) -> ResponseError {
        ResponseError(.requestFailed, "`\(name)` is declared in a used domain's interface: rename it in that domain's model")
    }

    /// Whether `text` is a Storm name: a letter or `_`, then letters, digits and `_`.
    static func isValidName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) }
    }
}
