import StormDiagnostics
import StormSource
import StormSyntax

/// Context maps and the DDD rules of their relationships.
extension Resolution {
    /// Every role Context Mapper's notation knows.
    static let roles = ["U", "D", "OHS", "PL", "ACL", "CF", "S", "C", "P", "SK", "BBoM"]

    mutating func resolveContextMaps(_ maps: [ContextMapSyntax]) -> [ContextMap] {
        var seenMaps: [String: SourceRange] = [:]
        var result: [ContextMap] = []
        for map in maps {
            if let first = seenMaps[map.name.text] {
                reportDuplicate("context map", map.name, first: first, scope: "the model")
                continue
            }
            seenMaps[map.name.text] = map.name.range
            var declared = DeclaredRelationships()
            var relationships: [Relationship] = []
            for syntax in map.relationships {
                guard var relationship = resolveRelationship(syntax) else { continue }
                if let details = syntax.details { relationship.details = resolveRelationshipDetails(details, of: relationship) }
                if let first = declared.insert(relationship) {
                    diagnostics.warning("duplicate-relationship", ModelDiagnostics.duplicateRelationship(relationship.first, relationship.second),
                                        at: syntax.info.range, notes: [DiagnosticNote("first declared here", at: first)])
                }
                relationships.append(relationship)
            }
            var resolved = ContextMap(name: map.name.text, doc: doc(map.info), relationships: relationships, range: map.info.range)
            resolveContextMapSettings(map.settings, into: &resolved)
            resolved.teamRelationships = map.teamRelationships.compactMap { resolveTeamRelationship($0) }
            result.append(resolved)
        }
        return result
    }

    private mutating func checkContext(_ name: Name) -> Bool {
        guard symbols.contexts[name.text] != nil else {
            let contexts = symbols.contextOrder
            report(unresolved: "context", name, candidates: contexts, scope: nil)
            return false
        }
        return true
    }

    /// Validates the role names; unknown ones are reported and dropped.
    private mutating func knownRoles(_ roles: [Name]) -> [Name] {
        roles.filter { role in
            guard Resolution.roles.contains(role.text) else {
                var fixIts: [FixIt] = []
                if let match = Suggestion.closest(to: role.text, in: Resolution.roles) ?? Resolution.roles.first(where: { $0.lowercased() == role.text.lowercased() }) {
                    fixIts.append(FixIt("did you mean `\(match)`?", edits: [TextEdit(range: role.range, replacement: match)]))
                }
                diagnostics.error("invalid-role", ModelDiagnostics.invalidRole(role.text), at: role.range, fixIts: fixIts)
                return false
            }
            return true
        }
    }

    mutating func resolveRelationship(_ syntax: RelationshipSyntax) -> Relationship? {
        let leftKnown = checkContext(syntax.left)
        let rightKnown = checkContext(syntax.right)
        let leftRoles = knownRoles(syntax.leftRoles)
        let rightRoles = knownRoles(syntax.rightRoles)
        guard leftKnown, rightKnown else { return nil }
        let docText = doc(syntax.info)
        if syntax.left.text == syntax.right.text {
            diagnostics.error("self-relationship", ModelDiagnostics.selfRelationship(syntax.left.text), at: syntax.info.range)
            return nil
        }
        let bigBallOfMud = (leftRoles.contains { $0.text == "BBoM" } ? [syntax.left.text] : [])
            + (rightRoles.contains { $0.text == "BBoM" } ? [syntax.right.text] : [])

        switch syntax.connector {
        case .rightArrow, .leftArrow:
            let upstreamIsLeft = syntax.connector == .rightArrow
            let (upName, upRoles) = upstreamIsLeft ? (syntax.left, leftRoles) : (syntax.right, rightRoles)
            let (downName, downRoles) = upstreamIsLeft ? (syntax.right, rightRoles) : (syntax.left, leftRoles)
            var ok = true
            for role in upRoles + downRoles where role.text == "P" || role.text == "SK" {
                let word = role.text == "P" ? "partnership" : "a shared kernel"
                diagnostics.error("symmetric-relationship", ModelDiagnostics.symmetric("\(word) is symmetric: write `\(syntax.left.text) [\(role.text)] <-> [\(role.text)] \(syntax.right.text)`"), at: role.range)
                ok = false
            }
            for role in upRoles where ["D", "ACL", "CF", "C"].contains(role.text) {
                diagnostics.error("role-on-wrong-side", ModelDiagnostics.roleOnWrongSide(role.text, side: "upstream", context: upName.text), at: role.range)
                ok = false
            }
            for role in downRoles where ["U", "OHS", "PL", "S"].contains(role.text) {
                diagnostics.error("role-on-wrong-side", ModelDiagnostics.roleOnWrongSide(role.text, side: "downstream", context: downName.text), at: role.range)
                ok = false
            }
            let down = Set(downRoles.map(\.text))
            if down.contains("CF"), down.contains("ACL") {
                diagnostics.error("conformist-with-anticorruption-layer", ModelDiagnostics.conformistWithACL(downName.text), at: syntax.info.range)
                ok = false
            }
            if down.contains("CF"), down.contains("C") || upRoles.contains(where: { $0.text == "S" }) {
                diagnostics.error("customer-supplier-conformist", ModelDiagnostics.customerSupplierConformist(downName.text), at: syntax.info.range)
                ok = false
            }
            guard ok else { return nil }
            let upstreamPatterns = UpstreamPattern.allCases.filter { p in upRoles.contains { $0.text == p.rawValue } }
            let downstreamPatterns = DownstreamPattern.allCases.filter { p in downRoles.contains { $0.text == p.rawValue } }
            return Relationship(kind: .upstreamDownstream, first: upName.text, second: downName.text, upstreamPatterns: upstreamPatterns,
                                downstreamPatterns: downstreamPatterns, bigBallOfMud: bigBallOfMud, doc: docText, range: syntax.info.range)
        case .bidirectional:
            let roles = Set((leftRoles + rightRoles).map(\.text)).subtracting(["BBoM"])
            guard roles == ["P"] || roles == ["SK"] else {
                let message = roles.isEmpty || roles.isSubset(of: ["P", "SK"])
                    ? (roles.isEmpty ? "a `<->` relationship is a partnership or a shared kernel: write `[P] <-> [P]` or `[SK] <-> [SK]`"
                                     : "a relationship cannot be both a partnership and a shared kernel")
                    : "partnership and shared kernel are symmetric and take no upstream or downstream roles"
                diagnostics.error("symmetric-relationship", ModelDiagnostics.symmetric(message), at: syntax.connectorRange)
                return nil
            }
            return Relationship(kind: roles == ["P"] ? .partnership : .sharedKernel, first: syntax.left.text, second: syntax.right.text,
                                bigBallOfMud: bigBallOfMud, doc: docText, range: syntax.info.range)
        case .partnership, .sharedKernel, .separateWays:
            if let role = (leftRoles + rightRoles).first(where: { $0.text != "BBoM" }) {
                diagnostics.error("symmetric-relationship", ModelDiagnostics.symmetric("`\(syntax.connector.rawValue)` takes no roles"), at: role.range)
                return nil
            }
            let kind: Relationship.Kind = switch syntax.connector {
            case .partnership: .partnership
            case .sharedKernel: .sharedKernel
            default: .separateWays
            }
            return Relationship(kind: kind, first: syntax.left.text, second: syntax.right.text, bigBallOfMud: bigBallOfMud, doc: docText, range: syntax.info.range)
        }
    }
}
