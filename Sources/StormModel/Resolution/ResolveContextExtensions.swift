import StormDiagnostics
import StormSource
import StormSyntax

/// `extend context Name { … }`: the parts of a context written in several blocks become one context.
extension Resolution {
    /// Adds each extension's members to the context it extends, after that context's own members, and
    /// declares them in its namespace, so names resolve across the parts and a member declared in two
    /// parts is a `duplicate-declaration` naming both places. An extension of an unknown context is
    /// reported once and then read as the nearest context, or as a context of its own when none is near,
    /// so nothing it declares is reported again.
    /// Returns, per context name, the ranges of the extension blocks.
    mutating func mergeExtensions(_ extensions: [ContextSyntax], into contexts: inout [ContextSyntax]) -> [String: [SourceRange]] {
        guard !extensions.isEmpty else { return [:] }
        var position: [String: Int] = [:]
        for index in contexts.indices { position[contexts[index].name.text] = index }
        var parts: [String: [SourceRange]] = [:]
        for part in extensions {
            let name = part.name.text
            var target = position[name]
            if target == nil {
                // Reported once, then read as the context it most likely means, or as a context of its own.
                let match = suggestions.closest(to: name, in: symbols.contextOrder)
                let fixIts = match.map { [FixIt("did you mean `\($0)`?", edits: [TextEdit(range: part.name.range, replacement: $0)])] } ?? []
                diagnostics.error("unresolved-reference", ModelDiagnostics.unresolved("context", name, scope: nil), at: part.name.range, fixIts: fixIts)
                target = match.flatMap { position[$0] }
            }
            guard let index = target else {
                var standIn = part
                standIn.isExtension = false
                position[name] = contexts.count
                contexts.append(standIn)
                symbols.addContext(name)
                declareMembers(of: standIn)
                continue
            }
            var part = part
            if !part.isExtension || name != contexts[index].name.text {
                // A second `context Name` block, or a misspelt extension, already reported: what it repeats is
                // not reported again.
                let declared = symbols.contexts[contexts[index].name.text] ?? [:]
                part.members.removeAll { member in
                    switch member {
                    case .owner, .vision: true
                    default: member.declaredName.map { declared[$0] != nil } ?? false
                    }
                }
            }
            part.name = contexts[index].name
            declareMembers(of: part)
            contexts[index].members += part.members
            contexts[index].info.doc += part.info.doc
            _ = doc(part.info)
            parts[contexts[index].name.text, default: []].append(part.info.range)
        }
        return parts
    }

    /// Reports a second `context Name { … }` block, suggesting `extend context Name`. Its members are then
    /// read as an extension, so references to them are not reported again.
    mutating func reportDuplicateContext(_ name: Name, first: SourceRange) {
        diagnostics.error("duplicate-declaration", ModelDiagnostics.duplicate("context", name.text, in: "the model"), at: name.range,
                          notes: [DiagnosticNote("`\(name.text)` is first declared here", at: first)],
                          fixIts: [FixIt("to add members to context `\(name.text)` from another block, write `extend context \(name.text)`")])
    }
}

extension ContextMemberSyntax {
    /// The name the member declares in its context's namespace, if any.
    var declaredName: String? {
        switch self {
        case .actor(let name, _), .externalSystem(let name, _): name.text
        case .identifier(let d): d.name.text
        case .valueObject(let d), .entity(let d): d.name.text
        case .enumeration(let d): d.name.text
        case .aggregate(let d): d.name.text
        case .command(let d): d.name.text
        case .event(let d): d.name.text
        case .policy(let d): d.name.text
        case .readModel(let d): d.name.text
        case .dataProduct(let d): d.name.text
        case .owner, .vision, .hotspot: nil
        }
    }
}
