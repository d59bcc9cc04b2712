import StormModel

/// Starter implementations of a policy and of a projection: they compile and do nothing yet, with the
/// protocol's events listed where the team fills in the behaviour.
struct BehaviourStarters {
    let names: SwiftNames
    let context: BoundedContext

    func policy(_ policy: Policy, header: String, imports: [String]) -> (typeName: String, source: String) {
        let qualified = names.qualified(context.reference(policy.name))
        let typeName = SwiftIdentifier.typeName(policy.name + "Policy")
        var out = starter(header: header, imports: imports)
        out.doc("Reacts to \(policy.triggers.map(\.description).joined(separator: ", ")) by issuing \(policy.commands.map(\.description).joined(separator: ", ")).\nA starter written by stormc once: it is yours to change.")
        out.block("public struct \(typeName): \(qualified).Policy") { out in
            out.line("public init() {}")
            out.line()
            out.block("public func react(to event: \(qualified).Event) throws -> [\(qualified).Command]") { out in
                out.line("// Decide here which commands each event calls for.")
                out.line("[]")
            }
        }
        return (typeName, out.text)
    }

    func projection(_ readModel: ReadModel, header: String, imports: [String]) -> (typeName: String, source: String) {
        let qualified = names.qualified(context.reference(readModel.name))
        let typeName = SwiftIdentifier.typeName(readModel.name + "Projection")
        var out = starter(header: header, imports: imports)
        out.doc("Keeps `\(readModel.name)` up to date from \(readModel.sources.map(\.description).joined(separator: ", ")).\nA starter written by stormc once: it is yours to change.")
        out.block("public struct \(typeName): \(qualified).Projection") { out in
            out.line("public init() {}")
            out.line()
            out.block("public func apply(_ event: \(qualified).Event, to readModel: \(qualified)?) -> \(qualified)?") { out in
                out.line("// Update the read model from each event here.")
                out.line("readModel")
            }
        }
        return (typeName, out.text)
    }

    /// What the team's policy must still mention: each event it reacts to and each command it issues.
    func checks(_ policy: Policy) -> [StarterCheck] {
        policy.triggers.map { StarterCheck(mentions: [$0.name], note: "policy \(policy.name) now also reacts to \($0): handle it in `react`") }
            + policy.commands.map { StarterCheck(mentions: [$0.name], note: "policy \(policy.name) now also issues \($0): issue it from `react`") }
    }

    /// What the team's projection must still mention: each event the read model is kept from.
    func checks(_ readModel: ReadModel) -> [StarterCheck] {
        readModel.sources.map { StarterCheck(mentions: [$0.name], note: "read model \(readModel.name) is now also kept from \($0): handle it in `apply`") }
    }

    private func starter(header: String, imports: [String]) -> SwiftWriter {
        var out = SwiftWriter()
        out.line(header)
        for module in ["Foundation", "StormRuntime"] + imports { out.line("import \(module)") }
        out.line()
        return out
    }
}
