import StormDiagnostics
import StormSyntax

/// A command a policy sends to another context (`then Payments.ChargeCard`).
struct RemoteCommand {
    var policy: SymbolReference
    var command: SymbolReference
    var written: QualifiedName
}

/// Commands across contexts: a policy may send a command to a context upstream of its own, or to a
/// partner (partnership or shared kernel), as the context maps declare: a downstream team calls its
/// upstream's open host service, never the other way round.
extension Resolution {
    mutating func checkRemoteCommands(_ contexts: inout [BoundedContext], maps: [ContextMap]) {
        guard !remoteCommands.isEmpty else { return }
        let index = RelationshipIndex(maps.flatMap(\.relationships))
        var contextPositions: [String: Int] = [:]
        for (position, context) in contexts.enumerated() where contextPositions[context.name] == nil { contextPositions[context.name] = position }
        var issuers: [SymbolReference: [Issuer]] = [:]
        for remote in remoteCommands {
            let sender = remote.policy.context, receiver = remote.command.context
            // A command travels against the events: from downstream to upstream, or either way between partners.
            guard index.between(sender, and: receiver).contains(where: { $0.carries(from: receiver, to: sender) }) else {
                diagnostics.error("policy-issues-foreign-command",
                                  ModelDiagnostics.policyForeignCommand(remote.policy.name, remote.written.text, context: receiver, sender: sender),
                                  at: remote.written.range)
                continue
            }
            issuers[remote.command, default: []].append(.policy(remote.policy))
        }
        var commandPositions: [SymbolReference: Int] = [:]
        for context in Set(issuers.keys.map(\.context)) {
            guard let c = contextPositions[context] else { continue }
            for (k, command) in contexts[c].commands.enumerated() where commandPositions[contexts[c].reference(command.name)] == nil {
                commandPositions[contexts[c].reference(command.name)] = k
            }
        }
        for (command, policies) in issuers.sorted(by: { $0.key.description < $1.key.description }) {
            guard let c = contextPositions[command.context], let k = commandPositions[command] else { continue }
            contexts[c].commands[k].issuers += policies
        }
    }
}

extension Policy {
    /// The commands it sends to other contexts, in order.
    public var remoteCommands: [SymbolReference] {
        var seen = Set(commands)
        return choices.flatMap { $0 }.filter { seen.insert($0).inserted }
    }

    /// Every command it may issue, each once: its own context's, then other contexts'.
    public var issuedCommands: [SymbolReference] { commands + remoteCommands }
}
