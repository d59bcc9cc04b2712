import StormSource

/// The tactic part: aggregates, entities, value objects, events, commands, enums and their attributes.
/// Storm holds events and enums at the level of the context, so those found in an aggregate are
/// written after it (`hoisted`); modules are flattened, each leaving a comment with its name.
extension StormEmitter {
    mutating func emitMembers(_ members: [CMLMember], in what: String, hoisted: inout [String]) {
        for member in members {
            switch member {
            case .aggregate(let aggregate):
                emit(aggregate, hoisted: &hoisted)
            case .module(let name, let inner):
                lines.append("// CML module \(name.text) (Storm has no modules: its members are in the context)")
                emitMembers(inner, in: "module `\(name.text)`", hoisted: &hoisted)
            case .type(let type):
                emit(type, inAggregate: false)
            case .setting(let setting):
                keep(setting, in: what)
            case .flow:
                break
            case .unsupported(let unsupported):
                keep(unsupported)
            }
        }
    }

    mutating func emit(_ aggregate: CMLAggregate, hoisted: inout [String]) {
        var body: [String] = []
        var rootFields: [String] = []
        var outer: [String] = []
        // The members are written into `lines` one by one and moved out; the file so far waits in `saved`
        // (swapped, not copied, so a model of many aggregates costs no more per aggregate).
        var saved: [String] = []
        swap(&saved, &lines)
        for member in aggregate.members {
            lines = []
            switch member {
            case .type(let type) where type.isAggregateRoot && type.kind == .entity && type.name.text == aggregate.name.text:
                // The root named after its aggregate is the aggregate's state (as `stormc export cml` writes it).
                for unsupported in type.unsupported { keep(unsupported) }
                rootFields += lines + fields(type.attributes)
            case .type(let type) where type.kind == .domainEvent || type.kind == .enumeration:
                emit(type, inAggregate: false)
                outer += lines
            case .type(let type):
                emit(type, inAggregate: true)
                body += lines
            case .setting(let setting):
                keep(setting, in: "aggregate `\(aggregate.name.text)`")
                body += lines
            case .flow(let flow):
                keep(CMLUnsupported(what: "flow `\(flow.name.text)` inside an aggregate", range: flow.name.range, text: "Flow \(flow.name.text)"))
                body += lines
            case .unsupported(let unsupported):
                keep(unsupported)
                body += lines
            case .module(let name, _):
                keep(CMLUnsupported(what: "module `\(name.text)` inside an aggregate", range: name.range, text: "Module \(name.text)"))
                body += lines
            case .aggregate(let inner):
                keep(CMLUnsupported(what: "aggregate `\(inner.name.text)` inside an aggregate", range: inner.name.range, text: "Aggregate \(inner.name.text)"))
                body += lines
            }
        }
        swap(&saved, &lines)
        var name = aggregate.name.text
        if index.contexts.contains(name) {
            name += "Aggregate"
            diagnostics.warning("cml-assumed", "aggregate `\(aggregate.name.text)` has the name of a bounded context, which Storm keeps for the context: imported as `\(name)`",
                                at: aggregate.name.range)
        }
        lines.append("aggregate \(name) {")
        lines += rootFields
        lines += body
        lines.append("}")
        hoisted += outer
    }

    /// An entity, value object, event, command or enum.
    mutating func emit(_ type: CMLTypeDeclaration, inAggregate: Bool) {
        for unsupported in type.unsupported { keep(unsupported) }
        let keyword: String
        switch type.kind {
        case .enumeration:
            lines.append("enum \(type.name.text) { \(type.cases.map(\.text).joined(separator: ", ")) }")
            return
        case .entity: keyword = "entity"
        case .valueObject: keyword = "value"
        case .domainEvent: keyword = "event"
        case .commandEvent: keyword = "command"
        }
        if type.isAggregateRoot {
            lines.append("// The aggregate root in CML")
        }
        let fields = fields(type.attributes)
        let emits = type.kind == .commandEvent ? emitsClause(type.name.text) : ""
        if fields.isEmpty, type.kind == .domainEvent || type.kind == .commandEvent {
            lines.append("\(keyword) \(type.name.text)\(emits)")
        } else {
            lines.append("\(keyword) \(type.name.text) {")
            lines += fields
            lines.append("}\(emits)")
        }
    }

    /// The attributes as Storm fields; an attribute whose type Storm cannot hold becomes a `String` with a warning.
    mutating func fields(_ attributes: [CMLAttribute]) -> [String] {
        attributes.map { attribute in
            var type: String
            switch CMLTypeMapping.storm(attribute.type, declared: { resolve($0) }) {
            case .success(let mapped):
                type = mapped
            case .failure(let unknown):
                diagnostics.warning("cml-assumed", "type `\(unknown.text)` is neither a CML built-in type nor an entity, value object or enum of the model: imported as String",
                                    at: unknown.range)
                type = "String"
            }
            if attribute.isNullable { type += "?" }
            return "\(attribute.name.text): \(type)"
        }
    }

    /// The Storm name of the declared type `name`: as written when the current context declares it or only
    /// one context does; qualified by the first context declaring it (with a warning) when several do.
    mutating func resolve(_ name: CMLName) -> String? {
        guard let contexts = index.types[name.text] else { return nil }
        if contexts.count == 1 || contexts.contains(context) { return name.text }
        diagnostics.warning("cml-assumed", "type `\(name.text)` is declared in several contexts (\(contexts.joined(separator: ", "))): imported as `\(contexts[0]).\(name.text)`",
                            at: name.range)
        return "\(contexts[0]).\(name.text)"
    }
}
