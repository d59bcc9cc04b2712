import StormModel
import StormSupport

/// The resolved model as JSON, for other tools (`stormc model --json`); the shape is documented in
/// `Docs/CLI.md`. References are written `Context.Name`; types as Storm writes them, qualified.
public enum ModelExport {
    public static func json(_ model: Model) -> JSON {
        .object([
            "name": .string(model.name),
            "sources": .array(model.sourcePaths.map(JSON.string)),
            "domains": .array(model.domains.map { domain in
                .object(["name": .string(domain.name), "doc": .string(domain.doc), "description": optional(domain.description),
                         "subdomains": .array(domain.subdomains.map { sub in
                             .object(["name": .string(sub.name), "kind": .string(sub.kind.rawValue), "doc": .string(sub.doc),
                                      "description": optional(sub.description)])
                         })])
            }),
            "teams": .array(model.teams.map { .object(["name": .string($0.name), "doc": .string($0.doc), "contact": optional($0.contact)]) }),
            "contexts": .array(model.contexts.map { context($0, paths: model.sourcePaths) }),
            "contextMaps": .array(model.contextMaps.map { map in
                .object(["name": .string(map.name), "doc": .string(map.doc), "relationships": .array(map.relationships.map(relationship))])
            }),
        ])
    }

    static func optional(_ text: String?) -> JSON { text.map(JSON.string) ?? .null }

    static func references(_ refs: [SymbolReference]) -> JSON { .array(refs.map { .string($0.description) }) }

    static func context(_ c: BoundedContext, paths: [String]) -> JSON {
        .object([
            "name": .string(c.name), "doc": .string(c.doc), "domain": .string(c.domain),
            "sources": .array(c.files.map { JSON.string(paths[$0.index]) }),
            "subdomain": c.subdomain.map { .string("\($0.domain).\($0.name)") } ?? .null,
            "owner": optional(c.owner), "vision": optional(c.vision),
            "actors": .array(c.actors.map { .object(["name": .string($0.name), "doc": .string($0.doc)]) }),
            "externalSystems": .array(c.externalSystems.map { .object(["name": .string($0.name), "doc": .string($0.doc)]) }),
            "identifiers": .array(c.identifiers.map { .object(["name": .string($0.name), "doc": .string($0.doc), "rawType": .string($0.rawType.rawValue)]) }),
            "valueObjects": .array(c.valueObjects.map { .object(["name": .string($0.name), "doc": .string($0.doc), "aggregate": optional($0.aggregate), "fields": fields($0.fields)]) }),
            "entities": .array(c.entities.map { .object(["name": .string($0.name), "doc": .string($0.doc), "aggregate": optional($0.aggregate), "fields": fields($0.fields)]) }),
            "enumerations": .array(c.enumerations.map { .object(["name": .string($0.name), "doc": .string($0.doc), "cases": .array($0.cases.map { .string($0.name) })]) }),
            "aggregates": .array(c.aggregates.map { .object(["name": .string($0.name), "doc": .string($0.doc), "fields": fields($0.fields),
                                                             "invariants": .array($0.invariants.map(JSON.string)), "commands": .array($0.commands.map(JSON.string))]) }),
            "commands": .array(c.commands.map { command in
                .object(["name": .string(command.name), "doc": .string(command.doc), "aggregate": optional(command.aggregate),
                         "issuers": .array(command.issuers.map(issuer)), "fields": fields(command.fields), "emits": references(command.emits)])
            }),
            "events": .array(c.events.map { .object(["name": .string($0.name), "doc": .string($0.doc), "version": .integer($0.version),
                                                     "fields": fields($0.fields), "emittedBy": .array($0.emittedBy.map(JSON.string)),
                                                     "deprecated": .bool($0.deprecation != nil)]) }),
            "policies": .array(c.policies.map { .object(["name": .string($0.name), "doc": .string($0.doc), "when": references($0.triggers), "then": references($0.commands)]) }),
            "readModels": .array(c.readModels.map { .object(["name": .string($0.name), "doc": .string($0.doc), "from": references($0.sources), "fields": fields($0.fields)]) }),
            "hotspots": .array(c.hotspots.map { .object(["text": .string($0.text), "aggregate": optional($0.aggregate)]) }),
            "dataProducts": .array(c.dataProducts.map { product in
                .object(["name": .string(product.name), "doc": .string(product.doc), "owner": optional(product.owner),
                         "inputPorts": .array(product.inputPorts.map(port)), "outputPorts": .array(product.outputPorts.map(port))])
            }),
        ])
    }

    static func issuer(_ issuer: Issuer) -> JSON {
        switch issuer {
        case .actor(let name): .object(["actor": .string(name)])
        case .externalSystem(let name): .object(["externalSystem": .string(name)])
        case .policy(let reference): .object(["policy": .string(reference.description)])
        }
    }

    static func port(_ port: Port) -> JSON {
        .object(["name": .string(port.name), "doc": .string(port.doc), "events": references(port.events),
                 "freshness": port.freshness.map { .string($0.iso8601) } ?? .null,
                 "availability": port.availability.map { .number($0.percent) } ?? .null])
    }

    static func relationship(_ r: Relationship) -> JSON {
        .object(["kind": .string(r.kind.rawValue), "first": .string(r.first), "second": .string(r.second),
                 "upstreamPatterns": .array(r.upstreamPatterns.map { .string($0.rawValue) }),
                 "downstreamPatterns": .array(r.downstreamPatterns.map { .string($0.rawValue) }),
                 "bigBallOfMud": .array(r.bigBallOfMud.map(JSON.string))])
    }

    static func fields(_ fields: [Field]) -> JSON {
        .array(fields.map { field in
            .object(["name": .string(field.name), "doc": .string(field.doc), "type": .string(field.type.description),
                     "required": .bool(field.isRequired), "identity": .bool(field.isIdentity), "pii": .bool(field.isPII),
                     "deprecated": .bool(field.deprecation != nil), "default": field.defaultValue.map(value) ?? .null])
        })
    }

    static func value(_ value: Value) -> JSON {
        switch value {
        case .string(let s): .string(s)
        case .integer(let i): .integer(i)
        case .number(let text): .number(text)
        case .bool(let b): .bool(b)
        case .enumCase(let name): .string(name)
        case .list(let items): .array(items.map(self.value))
        case .emptyMap: .object([:])
        case .null: .null
        case .duration(let span): .string(span.iso8601)
        }
    }
}
