import StormModel
import StormSource
import StormSupport

extension LanguageServer {
    /// `textDocument/hover`: what the name under the cursor declares, in Markdown.
    func hover(_ params: TextDocumentPositionParams) throws(ResponseError) -> JSON {
        if let (analysis, member) = try member(at: params) { return memberHover(member, in: analysis) }
        let (analysis, file, found) = try occurrence(at: params)
        guard let found else { return .null }
        var text = describe(analysis.index.declarations[found.declaration], in: analysis.model)
        let offset = converter.offset(of: params.position, in: analysis.sources[file])
        for relationship in analysis.model.relationships where relationship.range.file == file
            && relationship.range.start <= offset && offset <= relationship.range.end {
            text += "\n\n---\n\n" + describe(relationship)
        }
        return ["contents": ["kind": "markdown", "value": .string(text)],
                "range": converter.range(found.range, in: analysis.sources[file])]
    }

    /// A declaration as Markdown: kind and name, doc comment, then what it holds and how it connects.
    func describe(_ declaration: Declaration, in model: Model) -> String {
        var lines = ["**\(declaration.kind.rawValue)** `\(declaration.qualifiedName)`"]
        if !declaration.doc.isEmpty { lines += ["", declaration.doc] }
        let context = declaration.scope.flatMap { model.context(named: $0) }
        func fields(_ fields: [Field]) {
            guard !fields.isEmpty else { return }
            lines += ["", "Fields:"] + fields.map { "- `\($0.name): \($0.type.description)`" + ($0.isPII ? " (PII)" : "") }
        }
        func names(_ title: String, _ items: [String]) {
            if !items.isEmpty { lines += ["", "\(title): " + items.map { "`\($0)`" }.joined(separator: ", ")] }
        }
        switch declaration.kind {
        case .event:
            guard let event = context?.event(named: declaration.name) else { break }
            lines[0] += " v\(event.version)"
            fields(event.fields)
            names("Emitted by", event.emittedBy)
            let reference = SymbolReference(context: declaration.scope ?? "", name: declaration.name)
            names("Consumed by", model.flows.filter { $0.event == reference }.map { "\($0.consumer).\($0.via.displayName)" })
        case .command:
            guard let command = context?.command(named: declaration.name) else { break }
            names("Issued by", command.issuers.map { issuer in
                switch issuer {
                case .actor(let name), .externalSystem(let name): name
                case .policy(let reference): reference.description
                }
            })
            if let aggregate = command.aggregate { names("Handled by", [aggregate]) }
            fields(command.fields)
            names("Emits", command.emits.map(\.description))
        case .valueObject:
            fields(context?.valueObject(named: declaration.name)?.fields ?? [])
        case .entity:
            fields(context?.entity(named: declaration.name)?.fields ?? [])
        case .aggregate:
            guard let aggregate = context?.aggregate(named: declaration.name) else { break }
            fields(aggregate.fields)
            names("Commands", aggregate.commands)
        case .enumeration:
            names("Cases", context?.enumeration(named: declaration.name)?.cases.map(\.name) ?? [])
        case .identifier:
            if let identifier = context?.identifier(named: declaration.name) { lines += ["", "Backed by `\(identifier.rawType.rawValue)`"] }
        case .policy:
            guard let policy = context?.policies.first(where: { $0.name == declaration.name }) else { break }
            names("When", policy.triggers.map(\.description))
            names("Then", policy.commands.map(\.description))
        case .readModel:
            guard let readModel = context?.readModels.first(where: { $0.name == declaration.name }) else { break }
            names("From", readModel.sources.map(\.description))
            fields(readModel.fields)
        case .context:
            guard let context = model.context(named: declaration.name) else { break }
            if let subdomain = context.subdomain { names("Implements", ["\(subdomain.domain).\(subdomain.name)"]) }
            if let owner = context.owner { names("Owner", [owner]) }
            lines += ["", "\(context.aggregates.count) aggregates, \(context.commands.count) commands, \(context.events.count) events, \(context.policies.count) policies"]
        case .subdomain:
            if let subdomain = model.domains.first(where: { $0.name == declaration.scope })?.subdomains.first(where: { $0.name == declaration.name }) {
                lines += ["", "A \(subdomain.kind.rawValue) subdomain"]
                names("Implemented by", model.contexts.filter { $0.subdomain?.name == subdomain.name && $0.subdomain?.domain == subdomain.domain }.map(\.name))
            }
        case .team:
            names("Owns", model.contexts.filter { $0.owner == declaration.name }.map(\.name))
        case .domain, .contextMap, .actor, .externalSystem, .dataProduct:
            break
        }
        return lines.joined(separator: "\n")
    }

    /// A relationship of a context map and the roles of its two sides.
    func describe(_ relationship: Relationship) -> String {
        func roles(_ patterns: [String]) -> String { patterns.isEmpty ? "" : " (" + patterns.joined(separator: ", ") + ")" }
        switch relationship.kind {
        case .upstreamDownstream:
            let up = relationship.upstreamPatterns.map { "\($0.rawValue): \(String(describing: $0))" }
            let down = relationship.downstreamPatterns.map { "\($0.rawValue): \(String(describing: $0))" }
            return "**relationship** `\(relationship.first)` is upstream\(roles(up)), `\(relationship.second)` is downstream\(roles(down))"
                + (relationship.isCustomerSupplier ? "; customer/supplier" : "")
        case .partnership:
            return "**relationship** `\(relationship.first)` and `\(relationship.second)` are partners"
        case .sharedKernel:
            return "**relationship** `\(relationship.first)` and `\(relationship.second)` share a kernel"
        case .separateWays:
            return "**relationship** `\(relationship.first)` and `\(relationship.second)` go separate ways"
        }
    }
}
