import StormModel
import StormSource
import StormSupport

/// The Swift name of every context and declaration of a model, checked once: no two model names may map
/// to one Swift name, and no declaration may hide a context's namespace.
///
/// Generated code refers to model types by qualified name (`Trips.TripEnded`), to Foundation types
/// without qualification and to the runtime as `StormRuntime.X`; the reserved names of
/// ``SwiftIdentifier`` keep those references unambiguous.
final class SwiftNames: Sendable {
    /// Types nested in generated declarations; a context of one of these names would be hidden inside them.
    static let nestedTypeNames = NameSet(names: ["CodingKeys", "Command", "Event", "Decider", "Policy", "Projection", "InputPort", "OutputPort"])

    /// Static members of every context namespace, which its declarations may not be named.
    static let namespaceMembers = NameSet(names: ["contextName", "domainName", "eventTypes", "commandTypes"])

    /// What a declaration may not be called: the reserved type names and the namespace's members.
    static let declarationReserved = NameSet(names: SwiftIdentifier.reservedTypes.keys + namespaceMembers.keys)

    /// Members of the generated event and command enums, which their cases may not be named.
    static let setMembers = NameSet(names: ["event", "eventTypes"])

    let model: Model
    /// Each context's namespace, by the context's name.
    private let contexts: NameTable<String, String>
    /// The declarations marked `@deprecated`, which few models have.
    ///
    /// A declaration's own Swift names are not kept: they are made from its model name when asked for, as
    /// cheaply as they were looked up. Kept, they were the largest table of a large model while it is
    /// checked (some 50 MB for 200,000 events).
    private let deprecated: Set<SymbolReference>
    /// The namespaces of the contexts.
    private let namespaces: NameSet

    /// The names of `model`; throws the first problem of ``init(model:problems:)``.
    convenience init(model: Model) throws(GeneratorError) {
        var problems: [GeneratorError] = []
        self.init(model: model, problems: &problems)
        if let first = problems.first { throw first }
    }

    /// The names of `model`, appending every collision to `problems`, in the model's order: two contexts
    /// or two declarations of one Swift name, a declaration that would hide a context's namespace.
    init(model: Model, problems: inout [GeneratorError]) {
        self.model = model
        var contextNames = NameTable<String, String>(capacity: model.contexts.count)
        var contextOwners = NameTable<String, String>(capacity: model.contexts.count)
        var contextRanges: [String: SourceRange] = [:]
        for context in model.contexts {
            let swift = SwiftIdentifier.typeName(context.name, alsoReserved: SwiftNames.nestedTypeNames)
            if let other = contextOwners[swift], other != context.name {
                problems.append(GeneratorError("contexts `\(other)` and `\(context.name)` both map to the Swift name `\(swift)`", at: context.range,
                                               id: "swift-name-collision", notes: [GeneratorNote("`\(other)` is declared here", at: contextRanges[other])],
                                               help: "rename one of them"))
            } else {
                contextOwners.updateValue(context.name, forKey: swift)
                contextRanges[context.name] = context.range
            }
            contextNames.updateValue(swift, forKey: context.name)
        }
        // Contexts are named independently of each other, so on all cores; problems keep the model's order.
        let scopes = concurrentMap(model.contexts) { [contextOwners, contextRanges] context in
            SwiftNames.declarations(in: context, contextOwners: contextOwners, contextRanges: contextRanges)
        }
        problems += scopes.flatMap(\.problems)
        contexts = contextNames
        namespaces = NameSet(names: contextOwners.keys)
        var deprecated = Set<SymbolReference>()
        for (context, scope) in zip(model.contexts, scopes) {
            for name in scope.deprecated { deprecated.insert(SymbolReference(context: context.name, name: name)) }
        }
        self.deprecated = deprecated
    }

    /// The collisions of a context's declarations' Swift names, and the names of those that are deprecated;
    /// `contextOwners` are the contexts by Swift name, which no declaration may take.
    private static func declarations(in context: BoundedContext, contextOwners: NameTable<String, String>,
                                     contextRanges: [String: SourceRange]) -> (deprecated: [String], problems: [GeneratorError]) {
        let all = declarations(of: context)
        var deprecated: [String] = []
        var swiftNames: [String] = []
        swiftNames.reserveCapacity(all.count)
        var renamed = false, hiding = false
        for index in all.indices {
            let name = all[index].name
            let swift = SwiftIdentifier.typeName(name, reserved: declarationReserved)
            renamed = renamed || swift != name
            hiding = hiding || contextOwners.contains(swift)
            swiftNames.append(swift)
            if all[index].isDeprecated { deprecated.append(name) }
        }
        // The declarations of a context have distinct names in a valid model, so only renamed ones can
        // take one Swift name; the check, with its messages in the order of the source, runs only then.
        guard renamed || hiding else { return (deprecated, []) }
        var problems: [GeneratorError] = []
        var owners = NameTable<String, Int>(capacity: all.count)
        for (index, declaration) in all.enumerated() {
            let (kind, name, range) = (declaration.kind, declaration.name, declaration.range)
            let swift = swiftNames[index]
            if let other = owners.updateValue(index, forKey: swift), all[other].name != name {
                owners.updateValue(other, forKey: swift)
                problems.append(GeneratorError("in context `\(context.name)`, \(all[other].kind) `\(all[other].name)` and \(kind) `\(name)` both map to the Swift name `\(swift)`",
                                               at: range, id: "swift-name-collision",
                                               notes: [GeneratorNote("\(all[other].kind) `\(all[other].name)` is declared here", at: all[other].range)], help: "rename one of them"))
            }
            if let hidden = contextOwners[swift] {
                problems.append(GeneratorError("\(kind) `\(context.name).\(name)` has the Swift name of context `\(hidden)` and would hide its namespace in generated code",
                                               at: range, id: "swift-name-hides-namespace",
                                               notes: [GeneratorNote("context `\(hidden)` is declared here", at: contextRanges[hidden])],
                                               help: "rename the \(kind) (for example `\(name)\(kind == "data product" ? "Product" : kind.capitalized.replacingOccurrences(of: " ", with: ""))`)"))
            }
        }
        return (deprecated, problems)
    }

    /// A declaration that becomes a Swift type in its context's namespace: its kind (for messages), its
    /// name, whether it is deprecated, and where it is declared.
    ///
    /// A struct rather than a tuple: an array of tuples is copied and destroyed through the runtime's
    /// generic tuple code, element by element.
    private struct TypeDeclaration {
        let kind: String
        let name: String
        let isDeprecated: Bool
        let range: SourceRange
    }

    /// Every declaration that becomes a Swift type in the context's namespace, in one array made at its size.
    private static func declarations(of context: BoundedContext) -> [TypeDeclaration] {
        var all: [TypeDeclaration] = []
        all.reserveCapacity(context.identifiers.count + context.enumerations.count + context.valueObjects.count + context.entities.count
            + context.aggregates.count + context.commands.count + context.events.count + context.policies.count + context.readModels.count
            + context.dataProducts.count)
        // Read in place by index: the declarations are large structs.
        func add(_ kind: String, _ name: String, _ deprecation: Deprecation?, _ range: SourceRange) {
            all.append(TypeDeclaration(kind: kind, name: name, isDeprecated: deprecation != nil, range: range))
        }
        for index in context.identifiers.indices { add("identifier", context.identifiers[index].name, nil, context.identifiers[index].range) }
        for index in context.enumerations.indices {
            add("enum", context.enumerations[index].name, context.enumerations[index].deprecation, context.enumerations[index].range)
        }
        for index in context.valueObjects.indices {
            add("value", context.valueObjects[index].name, context.valueObjects[index].deprecation, context.valueObjects[index].range)
        }
        for index in context.entities.indices { add("entity", context.entities[index].name, context.entities[index].deprecation, context.entities[index].range) }
        for index in context.aggregates.indices {
            add("aggregate", context.aggregates[index].name, context.aggregates[index].deprecation, context.aggregates[index].range)
        }
        for index in context.commands.indices { add("command", context.commands[index].name, context.commands[index].deprecation, context.commands[index].range) }
        for index in context.events.indices { add("event", context.events[index].name, context.events[index].deprecation, context.events[index].range) }
        for index in context.policies.indices { add("policy", context.policies[index].name, nil, context.policies[index].range) }
        for index in context.readModels.indices { add("read model", context.readModels[index].name, nil, context.readModels[index].range) }
        for index in context.dataProducts.indices { add("data product", context.dataProducts[index].name, nil, context.dataProducts[index].range) }
        return all
    }

    /// Whether `swift` is the namespace of a context.
    func isContextNamespace(_ swift: String) -> Bool { namespaces.contains(swift) }

    /// The namespace of a context (`Trips`).
    func context(_ name: String) -> String { contexts[name] ?? SwiftIdentifier.typeName(name) }

    /// The name of a declaration inside its namespace (`TripEnded`).
    func type(_ reference: SymbolReference) -> String {
        SwiftIdentifier.typeName(reference.name, reserved: SwiftNames.declarationReserved)
    }

    /// The qualified name of a declaration (`Trips.TripEnded`).
    func qualified(_ reference: SymbolReference) -> String {
        String(joining: context(reference.context), ".", type(reference))
    }

    /// Whether the declaration is marked `@deprecated`.
    func isDeprecated(_ reference: SymbolReference) -> Bool { !deprecated.isEmpty && deprecated.contains(reference) }

    /// Whether a type names a deprecated declaration anywhere inside it.
    func isDeprecated(_ type: TypeReference) -> Bool {
        if deprecated.isEmpty { return false }
        return type.namedReference.map(isDeprecated) ?? false
    }

    /// Whether using a field in generated code must happen inside a deprecated declaration.
    func isDeprecated(_ field: Field) -> Bool { field.deprecation != nil || isDeprecated(field.type) }

    /// Checks the Swift names of a record's fields (`members`, in the fields' order): no two may be one
    /// name, and none may name a type nested in the record (`nested`). `renamed` says whether any differs
    /// from its field's name: the fields of a resolved record have distinct names, so only then can two
    /// collide. `owner` names the owner in messages (`event Trips.TripEnded`).
    func checkMembers(_ members: [String], of fields: [Field], renamed: Bool, nested: [String],
                      owner: @autoclosure () -> String) throws(GeneratorError) {
        var seen: [String: Int] = [:]
        for (index, member) in members.enumerated() {
            if renamed, let other = seen[member] {
                throw GeneratorError("in \(owner()), fields `\(fields[other].name)` and `\(fields[index].name)` both map to the Swift name `\(member)`",
                                     at: fields[index].range, id: "swift-name-collision",
                                     notes: [GeneratorNote("field `\(fields[other].name)` is declared here", at: fields[other].range)], help: "rename one of them")
            }
            if nested.contains(member) {
                throw GeneratorError("in \(owner()), field `\(fields[index].name)` has the name of the generated type `\(member)`", at: fields[index].range,
                                     id: "swift-reserved-name", help: "rename the field")
            }
            if renamed { seen[member] = index }
        }
    }

    /// The cases of an enum of events or commands: each reference once (a list may name one event twice,
    /// `from Scoring.TripScored, TripScored`), named in lower camel case, or by the context's name and
    /// the declaration's when two declarations of different contexts share a name.
    func cases(_ references: [SymbolReference], owner: @autoclosure () -> String,
               range: SourceRange) throws(GeneratorError) -> (references: [SymbolReference], names: [String]) {
        func plainNames(_ references: [SymbolReference]) -> [String] {
            references.map { SwiftIdentifier.memberName(SwiftIdentifier.lowerCamel(SwiftIdentifier.sanitized($0.name)), alsoReserved: SwiftNames.setMembers) }
        }
        var references = references
        var plain = plainNames(references)
        var seen = NameSet(capacity: plain.count)
        if plain.allSatisfy({ seen.insert($0) }) { return (references, plain) }
        // One reference twice gives one name twice: keep the first.
        var distinct = Set<SymbolReference>()
        references = references.filter { distinct.insert($0).inserted }
        plain = plainNames(references)
        seen = NameSet(capacity: plain.count)
        if plain.allSatisfy({ seen.insert($0) }) { return (references, plain) }
        var uses: [String: Int] = [:]
        for name in plain { uses[name, default: 0] += 1 }
        var names: [String] = []
        names.reserveCapacity(references.count)
        for (reference, name) in zip(references, plain) {
            names.append(uses[name]! > 1 ? SwiftIdentifier.memberName(SwiftIdentifier.lowerCamel(context(reference.context)) + type(reference), alsoReserved: SwiftNames.setMembers) : name)
        }
        seen = NameSet(capacity: names.count)
        if let duplicate = names.first(where: { !seen.insert($0) }) {
            throw GeneratorError("in \(owner()), two entries map to the Swift case `\(duplicate)`", at: range, id: "swift-name-collision",
                                 help: "rename one of the events or commands")
        }
        return (references, names)
    }
}
