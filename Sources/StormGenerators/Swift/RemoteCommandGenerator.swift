import StormModel

/// The commands a policy sends to other contexts (`then Payments.ChargeCard`): a `RemoteCommand` enum
/// and the `CommandPort` through which they leave, which an adapter (the receiving context's API client, a
/// message bus, a test spy) implements.
struct RemoteCommandGenerator {
    let names: SwiftNames

    func write(_ policy: Policy, into out: inout SwiftWriter) throws(GeneratorError) {
        let (commands, cases) = try names.cases(policy.remoteCommands, owner: "policy `\(policy.name)`", range: policy.range)
        out.doc("The commands `\(policy.name)` sends to other contexts.")
        out.block("public enum RemoteCommand: Hashable, Sendable") { out in
            for (command, name) in zip(commands, cases) {
                out.deprecated(if: names.isDeprecated(command))
                out.line("case ", SwiftIdentifier.escaped(name), "(", names.qualified(command), ")")
            }
        }
        out.line()
        out.doc("The port through which `\(policy.name)` sends commands to \(Set(commands.map(\.context)).sorted().map { "`\($0)`" }.joined(separator: ", ")). Implement it with an adapter of your own.")
        out.block("public protocol CommandPort: Sendable") { out in
            out.line("/// Sends `command` to its context; throws when it could not be delivered.")
            out.line("func send(_ command: RemoteCommand) async throws")
        }
    }
}
