import StormModel

/// The Storm name of each CML declaration. CML keeps aggregates, domain objects and contexts in separate
/// namespaces and reads `String`, `Date`, … as its own types; Storm keeps one namespace per context, a
/// context's name for its Swift namespace, and its built-in type names (`Decimal`, `Int`, `Duration`,
/// `UUID`, …) for themselves. A CML name Storm keeps for something else is imported with its kind
/// appended (`Customers` → `CustomersValue`), and a number after that should that name be taken too;
/// the declaration gets a `cml-assumed` warning, and every reference to it follows.
extension CMLIndex {
    static func suffix(_ kind: CMLTypeDeclaration.Kind) -> String {
        switch kind {
        case .entity: "Entity"
        case .valueObject: "Value"
        case .domainEvent: "Event"
        case .commandEvent: "Command"
        case .enumeration: "Enum"
        }
    }

    /// Why Storm cannot name a `kind` declaration of `context` `name`, or nil when it can.
    func conflict(_ name: String, kind: CMLTypeDeclaration.Kind, in context: String) -> String? {
        if contexts.contains(name) { return "the name of a bounded context, which Storm keeps for the context" }
        if [.entity, .valueObject, .enumeration].contains(kind), PrimitiveType.named(name) != nil {
            return "the name of a Storm built-in type"
        }
        return nil
    }

    /// The Storm name of the entity, value object, enum, event or command `name` of `context`.
    func stormName(_ name: String, kind: CMLTypeDeclaration.Kind, in context: String) -> String {
        guard conflict(name, kind: kind, in: context) != nil else { return name }
        return free(name + Self.suffix(kind), in: context)
    }

    /// The Storm name of aggregate `name` of `context`: `…Aggregate` when a context, or another declaration
    /// of its context (not its own root entity), has its name.
    func aggregateName(_ name: String, in context: String) -> (name: String, reason: String?) {
        let reason: String? = contexts.contains(name) ? "the name of a bounded context, which Storm keeps for the context"
            : declared[context]?[name] != nil ? "the name of another declaration of its context (Storm has one namespace per context)" : nil
        guard let reason else { return (name, nil) }
        return (free(name + "Aggregate", in: context), reason)
    }

    /// `candidate`, or `candidate2`, `candidate3`, … when the context declares that name already.
    private func free(_ candidate: String, in context: String) -> String {
        var name = candidate
        var number = 2
        while declared[context]?[name] != nil || contexts.contains(name) {
            name = candidate + String(number)
            number += 1
        }
        return name
    }
}
