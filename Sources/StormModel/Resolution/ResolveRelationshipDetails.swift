import StormDiagnostics
import StormSource
import StormSyntax

/// The details blocks of relationships and the settings at the head of context maps.
extension Resolution {
    /// The kinds of declaration a relationship may expose: what another context can see of its upstream.
    static let exposable: SymbolKinds = [.identifier, .valueObject, .entity, .enumeration, .aggregate, .command, .event, .readModel, .dataProduct]

    mutating func resolveRelationshipDetails(_ syntax: RelationshipDetailsSyntax, of relationship: Relationship) -> RelationshipDetails {
        var details = RelationshipDetails()
        var seen: [String: SourceRange] = [:]
        var exposed = Set<SymbolReference>()
        let scope = "the relationship between `\(relationship.first)` and `\(relationship.second)`"
        for line in syntax.lines {
            _ = doc(line.info)
            if let first = seen[line.keyword.text] {
                diagnostics.error("duplicate-member", ModelDiagnostics.duplicateMember(line.keyword.text, in: scope), at: line.info.range,
                                  notes: [DiagnosticNote("first said here", at: first)])
                continue
            }
            seen[line.keyword.text] = line.info.range
            switch line.kind {
            case .name(let text): details.name = text.value
            case .technology(let text): details.technology = text.value
            case .exposes(let names):
                for name in names {
                    guard let reference = resolveExposed(name, by: relationship) else { continue }
                    if exposed.insert(reference).inserted { details.exposes.append(reference) }
                }
            case .rights(let words):
                details.downstreamRights = resolveDownstreamRights(words, of: relationship)
            }
        }
        return details
    }

    /// A name the relationship exposes: a declaration of its upstream, or of either side of a symmetric one.
    private mutating func resolveExposed(_ name: QualifiedName, by relationship: Relationship) -> SymbolReference? {
        let sides = relationship.upstream.map { [$0] } ?? [relationship.first, relationship.second]
        let last = name.last
        var owner: String?
        if !name.isSimple {
            guard name.parts.count == 2 else {
                diagnostics.error("unresolved-reference", ModelDiagnostics.unresolved("declaration", name.text, scope: nil), at: name.range)
                return nil
            }
            let context = name.parts[0].text
            guard sides.contains(context) else {
                diagnostics.error("exposed-not-upstream", ModelDiagnostics.exposedNotUpstream(name.text, sides: sides), at: name.range)
                return nil
            }
            owner = context
        } else {
            owner = sides.first { symbols.contexts[$0]?[last.text] != nil }
        }
        guard let context = owner ?? sides.first, let symbol = symbols.contexts[context]?[last.text] else {
            let symbols = symbols
            let searched = owner ?? sides[0]
            report(unresolved: "declaration", last, candidates: symbols.names(of: Resolution.exposable, in: searched), scope: "context `\(searched)`")
            return nil
        }
        guard Resolution.exposable.contains(symbol.kind) else {
            diagnostics.error("wrong-kind-reference",
                              ModelDiagnostics.wrongKind(name.text, is: symbol.kind.described, expected: "a type, aggregate, command, event, read model or data product"),
                              at: name.range, notes: [DiagnosticNote("`\(last.text)` is declared here", at: symbol.range)])
            return nil
        }
        return SymbolReference(context: context, name: last.text)
    }

    private mutating func resolveDownstreamRights(_ words: [Name], of relationship: Relationship) -> DownstreamRights? {
        let written = words.map(\.text).joined(separator: " ")
        let range = words[0].range.extended(to: words[words.count - 1].range)
        guard relationship.kind == .upstreamDownstream else {
            diagnostics.error("invalid-downstream-rights", ModelDiagnostics.downstreamRightsWithoutDownstream(relationship.first, relationship.second),
                              at: range)
            return nil
        }
        if let rights = DownstreamRights(rawValue: written) { return rights }
        let known = DownstreamRights.allCases.map(\.rawValue)
        let fixIts = Suggestion.closest(to: written, in: known).map { [FixIt("did you mean `\($0)`?", edits: [TextEdit(range: range, replacement: $0)])] } ?? []
        diagnostics.error("invalid-downstream-rights", ModelDiagnostics.invalidDownstreamRights(written), at: range, fixIts: fixIts)
        return nil
    }

    /// `type …` and `state …` of a context map.
    mutating func resolveContextMapSettings(_ settings: [ContextMapSettingSyntax], into map: inout ContextMap) {
        var seen: [String: SourceRange] = [:]
        for setting in settings {
            _ = doc(setting.info)
            if let first = seen[setting.keyword.text] {
                diagnostics.error("duplicate-member", ModelDiagnostics.duplicateMember(setting.keyword.text, in: "context map `\(map.name)`"),
                                  at: setting.info.range, notes: [DiagnosticNote("first said here", at: first)])
                continue
            }
            seen[setting.keyword.text] = setting.info.range
            let known = setting.keyword.text == "type" ? ContextMapType.allCases.map(\.rawValue) : ContextMapState.allCases.map(\.rawValue)
            if setting.keyword.text == "type", let type = ContextMapType(rawValue: setting.value) {
                map.type = type
            } else if setting.keyword.text == "state", let state = ContextMapState(rawValue: setting.value) {
                map.state = state
            } else {
                let range = setting.words.isEmpty ? setting.keyword.range : setting.words[0].range.extended(to: setting.words[setting.words.count - 1].range)
                let fixIts = setting.words.isEmpty ? [] : Suggestion.closest(to: setting.value, in: known)
                    .map { [FixIt("did you mean `\($0)`?", edits: [TextEdit(range: range, replacement: $0)])] } ?? []
                diagnostics.error("invalid-map-setting", ModelDiagnostics.invalidMapSetting(setting.keyword.text, setting.value, known: known),
                                  at: range, fixIts: fixIts)
            }
        }
    }
}
