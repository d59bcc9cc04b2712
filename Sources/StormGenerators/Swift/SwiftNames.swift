import StormModel
import StormSource

/// The Swift name of every context and declaration of a model, checked once: no two model names may map
/// to one Swift name, and no declaration may hide a context's namespace.
///
/// Generated code refers to model types by qualified name (`Trips.TripEnded`), to Foundation types
/// without qualification and to the runtime as `StormRuntime.X`; the reserved names of
/// ``SwiftIdentifier`` keep those references unambiguous.
struct SwiftNames {
    /// Types nested in generated declarations; a context of one of these names would be hidden inside them.
    static let nestedTypeNames: Set<String> = ["CodingKeys", "Command", "Event", "Decider", "Policy", "Projection", "InputPort", "OutputPort"]

    /// Static members of every context namespace, which its declarations may not be named.
    static let namespaceMembers: Set<String> = ["contextName", "domainName", "eventTypes", "commandTypes"]

    /// Members of the generated event and command enums, which their cases may not be named.
    static let setMembers: Set<String> = ["event", "eventTypes"]

    let model: Model
    private var contextNames: [String: String] = [:]
    private var typeNames: [SymbolReference: String] = [:]
    private var qualifiedNames: [SymbolReference: String] = [:]
    private var deprecated: Set<SymbolReference> = []

    init(model: Model) throws(GeneratorError) {
        self.model = model
        var contextOwners: [String: BoundedContext] = [:]
        for context in model.contexts {
            let swift = SwiftIdentifier.typeName(context.name, alsoReserved: SwiftNames.nestedTypeNames)
            if let other = contextOwners[swift] {
                throw GeneratorError("contexts `\(other.name)` and `\(context.name)` both map to the Swift name `\(swift)`; rename one", at: context.range)
            }
            contextOwners[swift] = context
            contextNames[context.name] = swift
        }
        for context in model.contexts {
            var owners: [String: (kind: String, name: String)] = [:]
            for (kind, name, deprecation, range) in SwiftNames.declarations(of: context) {
                let swift = SwiftIdentifier.typeName(name, alsoReserved: SwiftNames.namespaceMembers)
                if let other = owners[swift] {
                    throw GeneratorError("in context `\(context.name)`, \(other.kind) `\(other.name)` and \(kind) `\(name)` both map to the Swift name `\(swift)`; rename one", at: range)
                }
                if let hidden = contextOwners[swift] {
                    throw GeneratorError("\(kind) `\(context.name).\(name)` has the Swift name of context `\(hidden.name)` and would hide its namespace in generated code; rename one", at: range)
                }
                owners[swift] = (kind, name)
                typeNames[context.reference(name)] = swift
                qualifiedNames[context.reference(name)] = contextNames[context.name]! + "." + swift
                if deprecation != nil { deprecated.insert(context.reference(name)) }
            }
        }
    }

    /// Every declaration that becomes a Swift type in the context's namespace.
    private static func declarations(of context: BoundedContext) -> [(String, String, Deprecation?, SourceRange)] {
        context.identifiers.map { ("identifier", $0.name, nil, $0.range) }
            + context.enumerations.map { ("enum", $0.name, $0.deprecation, $0.range) }
            + context.valueObjects.map { ("value", $0.name, $0.deprecation, $0.range) }
            + context.entities.map { ("entity", $0.name, $0.deprecation, $0.range) }
            + context.aggregates.map { ("aggregate", $0.name, $0.deprecation, $0.range) }
            + context.commands.map { ("command", $0.name, $0.deprecation, $0.range) }
            + context.events.map { ("event", $0.name, $0.deprecation, $0.range) }
            + context.policies.map { ("policy", $0.name, nil, $0.range) }
            + context.readModels.map { ("read model", $0.name, nil, $0.range) }
            + context.dataProducts.map { ("data product", $0.name, nil, $0.range) }
    }

    /// The namespace of a context (`Trips`).
    func context(_ name: String) -> String { contextNames[name] ?? SwiftIdentifier.typeName(name) }

    /// The name of a declaration inside its namespace (`TripEnded`).
    func type(_ reference: SymbolReference) -> String {
        typeNames[reference] ?? SwiftIdentifier.typeName(reference.name, alsoReserved: SwiftNames.namespaceMembers)
    }

    /// The qualified name of a declaration (`Trips.TripEnded`).
    func qualified(_ reference: SymbolReference) -> String {
        qualifiedNames[reference] ?? context(reference.context) + "." + type(reference)
    }

    /// Whether the declaration is marked `@deprecated`.
    func isDeprecated(_ reference: SymbolReference) -> Bool { deprecated.contains(reference) }

    /// Whether a type names a deprecated declaration anywhere inside it.
    func isDeprecated(_ type: TypeReference) -> Bool {
        if deprecated.isEmpty { return false }
        return type.namedReference.map(isDeprecated) ?? false
    }

    /// Whether using a field in generated code must happen inside a deprecated declaration.
    func isDeprecated(_ field: Field) -> Bool { field.deprecation != nil || isDeprecated(field.type) }

    /// Swift property names for `fields`, checked for collisions with each other and with `nested`
    /// type names of the owner; `owner` names the owner in messages (`event Trips.TripEnded`).
    func members(of fields: [Field], nested: Set<String>, owner: String) throws(GeneratorError) -> [String] {
        var seen: [String: String] = [:]
        var names: [String] = []
        for field in fields {
            let swift = SwiftIdentifier.memberName(field.name)
            if let other = seen[swift] {
                throw GeneratorError("in \(owner), fields `\(other)` and `\(field.name)` both map to the Swift name `\(swift)`; rename one", at: field.range)
            }
            if nested.contains(swift) {
                throw GeneratorError("in \(owner), field `\(field.name)` has the name of the generated type `\(swift)`; rename the field", at: field.range)
            }
            seen[swift] = field.name
            names.append(swift)
        }
        return names
    }

    /// Case names for an enum of events or commands: the lower-camel name, or the context's name and the
    /// declaration's when two declarations of different contexts share a name.
    func cases(_ references: [SymbolReference], owner: String, range: SourceRange) throws(GeneratorError) -> [String] {
        let plain = references.map { SwiftIdentifier.memberName(SwiftIdentifier.lowerCamel(SwiftIdentifier.sanitized($0.name)), alsoReserved: SwiftNames.setMembers) }
        var names: [String] = []
        for (index, reference) in references.enumerated() {
            let clash = plain.enumerated().contains { $0.offset != index && $0.element == plain[index] }
            names.append(clash ? SwiftIdentifier.memberName(SwiftIdentifier.lowerCamel(context(reference.context)) + type(reference), alsoReserved: SwiftNames.setMembers) : plain[index])
        }
        if let duplicate = names.enumerated().first(where: { names[..<$0.offset].contains($0.element) }) {
            throw GeneratorError("in \(owner), two entries map to the Swift case `\(duplicate.element)`; rename one", at: range)
        }
        return names
    }
}
