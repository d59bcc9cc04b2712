import StormSource

/// The tactic part: aggregates, entities, value objects, events, commands, enums and their attributes.
/// Storm holds events and enums at the level of the context, so those found in an aggregate are
/// written after it (`hoisted`); modules are flattened, each leaving a comment with its name.
extension CMLTypeDeclaration.Kind {
    /// `entity`, `value object`, … as a diagnostic names it.
    var described: String {
        switch self {
        case .entity: "entity"
        case .valueObject: "value object"
        case .domainEvent: "domain event"
        case .commandEvent: "command"
        case .enumeration: "enum"
        }
    }
}

extension StormEmitter {
    mutating func emitMembers(_ members: [CMLMember], in what: String, hoisted: inout [String]) {
        for member in members {
            switch member {
            case .aggregate(let aggregate):
                emit(aggregate, hoisted: &hoisted)
            case .module(let name, let inner):
                lines.append("// CML module \(name.text) (Storm has no modules: its members are in the context)")
                emitMembers(inner, in: "module `\(name.text)`", hoisted: &hoisted)
            case .type(let type) where type.kind == .commandEvent && flow.aggregateOf[type.name.text] != nil:
                // Written in the aggregate whose lifecycle it moves.
                continue
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

    /// The commands declared outside aggregates (modules flattened) that a lifecycle moves into its aggregate.
    mutating func collectMovedCommands(_ members: [CMLMember]) {
        for member in members {
            switch member {
            case .type(let type) where type.kind == .commandEvent:
                if let aggregate = flow.aggregateOf[type.name.text] { movedCommands[aggregate, default: []].append(type) }
            case .module(_, let inner): collectMovedCommands(inner)
            default: break
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
            case .type(let type) where type.kind == .enumeration && type.isLifecycle && flow.lifecycles[aggregate.name.text] != nil:
                // Its values are the states of the aggregate's lifecycle; an attribute may still use it as a type.
                if index.usedTypes.contains(type.name.text) {
                    emit(type, inAggregate: false, lifecycle: true)
                    outer += lines
                } else {
                    comment("enum \(type.name.text) { \(type.cases.map(\.text).joined(separator: ", ")) }",
                            heading: "CML aggregateLifecycle enum, imported as the states of the lifecycle:")
                    body += lines
                }
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
        lines = []
        for command in movedCommands[aggregate.name.text] ?? [] { emit(command, inAggregate: true) }
        for command in flow.commands where flow.aggregateOf[command] == aggregate.name.text {
            lines.append("command \(index.stormName(command, kind: .commandEvent, in: context))" + emitsClause(command))
        }
        if let lifecycle = flow.lifecycles[aggregate.name.text] {
            lines.append("lifecycle {")
            lines += lifecycle
            lines.append("}")
        }
        body += lines
        swap(&saved, &lines)
        let (name, reason) = index.aggregateName(aggregate.name.text, in: context)
        if let reason {
            diagnostics.warning("cml-assumed", "aggregate `\(aggregate.name.text)` has \(reason): imported as `\(name)`", at: aggregate.name.range)
        }
        lines.append("aggregate \(name) {")
        lines += rootFields
        lines += body
        lines.append("}")
        hoisted += outer
    }

    /// An entity, value object, event, command or enum.
    mutating func emit(_ type: CMLTypeDeclaration, inAggregate: Bool, lifecycle: Bool = false) {
        for unsupported in type.unsupported where !(lifecycle && unsupported.isLifecycleFlag) { keep(unsupported) }
        let name = index.stormName(type.name.text, kind: type.kind, in: context)
        if name != type.name.text, let reason = index.conflict(type.name.text, kind: type.kind, in: context) {
            diagnostics.warning("cml-assumed", "\(type.kind.described) `\(type.name.text)` has \(reason): imported as `\(name)`", at: type.name.range)
        }
        let keyword: String
        switch type.kind {
        case .enumeration:
            lines.append("enum \(name) { \(type.cases.map(\.text).joined(separator: ", ")) }")
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
            lines.append("\(keyword) \(name)\(emits)")
        } else {
            lines.append("\(keyword) \(name) {")
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
        func storm(in context: String) -> String {
            index.declared[context]?[name.text].map { index.stormName(name.text, kind: $0, in: context) } ?? name.text
        }
        if contexts.contains(context) { return storm(in: context) }
        if contexts.count == 1 { return storm(in: contexts[0]) }
        let qualified = "\(contexts[0]).\(storm(in: contexts[0]))"
        diagnostics.warning("cml-assumed", "type `\(name.text)` is declared in several contexts (\(contexts.joined(separator: ", "))): imported as `\(qualified)`",
                            at: name.range)
        return qualified
    }
}

extension CMLUnsupported {
    /// `aggregateLifecycle` of an enum.
    var isLifecycleFlag: Bool { what == "`aggregateLifecycle` in an enum" }
}

extension CMLTypeDeclaration {
    /// An enum marked `aggregateLifecycle`: its values are the states of its aggregate.
    var isLifecycle: Bool { kind == .enumeration && unsupported.contains { $0.isLifecycleFlag } }
}
