import StormModel
import StormSupport

/// The resolved model as JSON, for other tools (`stormc model --json`); the shape is documented in
/// `Docs/CLI.md`. References are written `Context.Name`; types as Storm writes them, qualified.
///
/// The export is streamed: each context is built as JSON and written before the next is built, so a model
/// of hundreds of thousands of events is never held as one JSON value.
public enum ModelExport {
    /// The model as one JSON value, for readers that walk it (the static site). ``write(_:to:)`` writes the
    /// same object without holding it whole.
    public static func json(_ model: Model) -> JSON {
        var members = membersButContexts(model)
        let paths = model.sourcePaths
        members["contexts"] = .array(model.contexts.map { context($0, paths: paths) })
        return .object(members)
    }

    /// Writes the model as one JSON object, the same as ``json(_:)``, a context at a time (keys in sorted
    /// order, as ``JSON`` writes them).
    public static func write(_ model: Model, to stream: inout JSONStream) {
        let members = membersButContexts(model)
        let paths = model.sourcePaths
        stream.beginObject()
        for key in (members.keys + ["contexts"]).sorted() {
            stream.key(key)
            if let value = members[key] {
                stream.value(value)
            } else {
                stream.beginArray()
                for c in model.contexts { stream.value(context(c, paths: paths)) }
                stream.end()
            }
        }
        stream.end()
    }

    /// The members of the model's object other than `contexts`, which is by far the largest.
    private static func membersButContexts(_ model: Model) -> JSONObject {
        [
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
            "contextMaps": .array(model.contextMaps.map { map in
                .object(["name": .string(map.name), "doc": .string(map.doc), "relationships": .array(map.relationships.map(relationship)),
                          "type": optional(map.type?.rawValue), "state": optional(map.state?.rawValue),
                          "teamRelationships": .array(map.teamRelationships.map { .object(["kind": .string($0.kind.rawValue),
                                                                                          "first": .string($0.first), "second": .string($0.second)]) })])
            }),
        ]
    }

    /// The model as JSON text, ending in a newline.
    public static func rendered(_ model: Model) -> String {
        var stream = JSONStream()
        write(model, to: &stream)
        return stream.finish()
    }

    static func optional(_ text: String?) -> JSON { text.map(JSON.string) ?? .null }

    static func references(_ refs: [SymbolReference]) -> JSON { .array(refs.map { .string($0.description) }) }

    /// One bounded context as the export writes it; `paths` are the model's ``Model/sourcePaths``.
    public static func context(_ c: BoundedContext, paths: [String]) -> JSON {
        .object([
            "name": .string(c.name), "doc": .string(c.doc), "domain": .string(c.domain),
            "sources": .array(c.files.map { JSON.string(paths[$0.index]) }),
            "subdomain": c.subdomain.map { .string("\($0.domain).\($0.name)") } ?? .null,
            "owner": optional(c.owner), "vision": optional(c.vision), "external": .bool(c.isExternal),
            "actors": .array(c.actors.map { .object(["name": .string($0.name), "doc": .string($0.doc)]) }),
            "externalSystems": .array(c.externalSystems.map { .object(["name": .string($0.name), "doc": .string($0.doc)]) }),
            "identifiers": .array(c.identifiers.map { .object(["name": .string($0.name), "doc": .string($0.doc), "rawType": .string($0.rawType.rawValue)]) }),
            "valueObjects": .array(c.valueObjects.map { .object(["name": .string($0.name), "doc": .string($0.doc), "aggregate": optional($0.aggregate), "fields": fields($0.fields)]) }),
            "entities": .array(c.entities.map { .object(["name": .string($0.name), "doc": .string($0.doc), "aggregate": optional($0.aggregate), "fields": fields($0.fields)]) }),
            "enumerations": .array(c.enumerations.map { .object(["name": .string($0.name), "doc": .string($0.doc), "cases": .array($0.cases.map { .string($0.name) })]) }),
            "aggregates": .array(c.aggregates.map { .object(["name": .string($0.name), "doc": .string($0.doc), "fields": fields($0.fields),
                                                             "invariants": .array($0.invariants.map(JSON.string)), "commands": .array($0.commands.map(JSON.string)),
                                                             "lifecycle": $0.lifecycle.map(lifecycle) ?? .null, "owner": optional($0.owner),
                                                             "scenarios": .array($0.scenarios.map(scenario))]) }),
            "commands": .array(c.commands.map { command in
                .object(["name": .string(command.name), "doc": .string(command.doc), "aggregate": optional(command.aggregate),
                         "issuers": .array(command.issuers.map(issuer)), "fields": fields(command.fields), "emits": references(command.emits),
                         "outcomes": .array(command.outcomes.map(references)),
                         "failures": .array(command.failures.map { .object(["name": .string($0.name), "fields": fields($0.fields)]) })])
            }),
            // Members in key order, as fields are: events are the next most numerous objects.
            "events": .array(c.events.map { .object(JSONObject(members: [
                .init("deprecated", .bool($0.deprecation != nil)), .init("doc", .string($0.doc)),
                .init("emittedBy", .array($0.emittedBy.map(JSON.string))), .init("fields", fields($0.fields)), .init("name", .string($0.name)),
                .init("previousVersions", .array($0.previous.map { .object(["fields": fields($0.fields), "version": .integer($0.version)]) })),
                .init("semanticVersion", .string($0.semanticVersion)), .init("version", .integer($0.version)),
            ])) }),
            "policies": .array(c.policies.map { .object(["name": .string($0.name), "doc": .string($0.doc), "when": references($0.triggers), "then": references($0.issuedCommands),
                                                       "choices": .array($0.choices.map(references)), "schedule": $0.schedule.map(schedule) ?? .null]) }),
            "readModels": .array(c.readModels.map { .object(["name": .string($0.name), "doc": .string($0.doc), "from": references($0.sources), "fields": fields($0.fields),
                                                             "queries": .array($0.queries.map(query))]) }),
            "hotspots": .array(c.hotspots.map { .object(["text": .string($0.text), "aggregate": optional($0.aggregate)]) }),
            "dataProducts": .array(c.dataProducts.map { product in
                .object(["name": .string(product.name), "doc": .string(product.doc), "owner": optional(product.owner),
                         "inputPorts": .array(product.inputPorts.map(port)), "outputPorts": .array(product.outputPorts.map(port))])
            }),
        ])
    }

    static func schedule(_ schedule: Schedule) -> JSON {
        switch schedule {
        case .every(let count, let unit):
            .object(["kind": .string("every"), "count": .integer(count), "unit": .string(unit.rawValue), "period": .string(schedule.period)])
        case .after(let count, let unit, let from, let unless):
            .object(["kind": .string("after"), "count": .integer(count), "unit": .string(unit.rawValue), "period": .string(schedule.period),
                     "from": .string(from.description), "unless": references(unless)])
        }
    }

    static func scenario(_ scenario: Scenario) -> JSON {
        func message(_ message: Scenario.Message) -> JSON {
            .object(["name": .string(message.reference.description), "values": .object(JSONObject(members: message.values.map { entry in
                switch entry.argument {
                case .literal(let literal): JSONObject.Member(entry.field, literal.json)
                case .placeholder(let name): JSONObject.Member(entry.field, .object(["placeholder": .string(name)]))
                }
            }))])
        }
        let then: JSON = switch scenario.then {
        case .events(let events): .object(["events": .array(events.map(message))])
        case .failure(let failure): .object(["failure": .string(failure)])
        }
        return .object(["title": .string(scenario.title), "given": .array(scenario.given.map(message)), "when": message(scenario.when), "then": then])
    }

    static func query(_ query: Query) -> JSON {
        .object(["name": .string(query.name), "doc": .string(query.doc), "parameters": fields(query.parameters),
                 "returns": .string(query.returns.description),
                 "askedBy": .array(query.askedBy.map { asker in
                     switch asker {
                     case .actor(let name): .object(["actor": .string(name)])
                     case .context(let name): .object(["context": .string(name)])
                     }
                 })])
    }

    static func lifecycle(_ lifecycle: Lifecycle) -> JSON {
        .object(["states": .array(lifecycle.states.map(JSON.string)), "initial": optional(lifecycle.initialState),
                 "final": .array(lifecycle.finalStates.map(JSON.string)),
                 "transitions": .array(lifecycle.transitions.map { .object(["from": .string($0.from), "to": .string($0.to), "command": .string($0.command)]) })])
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
                 "bigBallOfMud": .array(r.bigBallOfMud.map(JSON.string)),
                 "name": optional(r.details.name), "technology": optional(r.details.technology), "exposes": references(r.details.exposes),
                 "downstreamRights": optional(r.details.downstreamRights?.rawValue)])
    }

    static func fields(_ fields: [Field]) -> JSON {
        // Members in the order JSON writes them, so the object is only checked, not sorted, and an array of
        // members rather than a dictionary literal, whose pairs cost hundreds of instructions each to copy
        // and destroy: fields are the most numerous objects of the export.
        .array(fields.map { field in
            .object(JSONObject(members: [
                .init("default", field.defaultValue.map(\.json) ?? .null), .init("deprecated", .bool(field.deprecation != nil)),
                .init("doc", .string(field.doc)), .init("identity", .bool(field.isIdentity)), .init("name", .string(field.name)),
                .init("pii", .bool(field.isPII)), .init("required", .bool(field.isRequired)), .init("type", .string(field.type.description)),
            ]))
        })
    }
}
