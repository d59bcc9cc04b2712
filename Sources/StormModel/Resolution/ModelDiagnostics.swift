/// The catalogue of semantic errors and warnings, one entry per ID, alphabetical by ID.
/// `Docs/Diagnostics.md` documents each with an example that triggers it.
enum ModelDiagnostics {
    /// `ambiguous-reference`
    /// Names at most ``contextsNamed`` contexts; more are shown as `…`.
    static func ambiguous(_ kind: String, _ name: String, contexts: [String]) -> String {
        let named = contexts.prefix(contextsNamed).joined(separator: ", ") + (contexts.count > contextsNamed ? ", …" : "")
        return "\(kind) `\(name)` is declared in several contexts (\(named)): qualify it, as in `\(contexts[0]).\(name)`"
    }

    /// The most contexts an `ambiguous-reference` message names.
    static let contextsNamed = 5

    /// `command-emits-foreign-event`
    static func commandEmitsForeignEvent(_ command: String, _ event: String, context: String) -> String {
        "command `\(command)` emits `\(event)`, an event of context `\(context)`: a command emits events of its own context"
    }

    /// `conformist-with-anticorruption-layer`
    static func conformistWithACL(_ context: String) -> String {
        "`\(context)` cannot be both conformist (CF) and protected by an anticorruption layer (ACL): choose one"
    }

    /// `customer-supplier-conformist`
    static func customerSupplierConformist(_ context: String) -> String {
        "`\(context)` cannot be both a customer (C) and a conformist (CF): a customer's needs shape the upstream, a conformist adopts it as it is"
    }

    /// `duplicate-declaration`
    static func duplicate(_ kind: String, _ name: String, in scope: String) -> String {
        "\(kind) `\(name)` is declared more than once in \(scope)"
    }

    /// `duplicate-member`
    static func duplicateMember(_ what: String, in scope: String) -> String { "\(scope) declares its \(what) more than once" }

    /// `duplicate-relationship`
    static func duplicateRelationship(_ a: String, _ b: String) -> String { "the relationship between `\(a)` and `\(b)` is declared more than once" }

    /// `invalid-default`
    static func invalidDefault(_ literal: String, type: String) -> String { "default value \(literal) does not match type `\(type)`" }

    /// `invalid-identifier-type`
    static func invalidIdentifierType(_ type: String) -> String { "an identifier is backed by `UUID`, `String` or `Int`, not `\(type)`" }

    /// `invalid-map-key`
    static func invalidMapKey(_ type: String) -> String { "map keys are strings: write `[String: …]`, not `[\(type): …]`" }

    /// `invalid-objective`
    static func invalidObjective(_ reason: String) -> String { reason }

    /// `invalid-role`
    static func invalidRole(_ role: String) -> String { "unknown relationship role `\(role)`: expected U, D, OHS, PL, ACL, CF, S, C, P, SK or BBoM" }

    /// `invalid-version`
    static func invalidVersion(_ version: Int) -> String { "event versions start at 1, found `v\(version)`" }
    /// `invalid-version`: a kept previous major at or above the event's own.
    static func previousNotBelow(_ previous: Int, event: String, version: Int) -> String {
        "event `\(event)` is at v\(version): a previous version kept with `was` must be below it, found `was v\(previous)`"
    }
    /// `invalid-version`: the same previous major kept twice.
    static func previousTwice(_ previous: Int, event: String) -> String {
        "event `\(event)` keeps `was v\(previous)` twice"
    }

    /// `policy-issues-foreign-command`
    static func policyForeignCommand(_ policy: String, _ command: String, context: String, sender: String) -> String {
        "policy `\(policy)` issues `\(command)`, a command of context `\(context)`, which is neither upstream of `\(sender)` nor its partner in a context map: "
            + "a policy issues commands of its own context or of one it depends on (react to the event there instead)"
    }

    /// `port-publishes-foreign-event`
    static func portForeignEvent(_ port: String, _ event: String, context: String) -> String {
        "output port `\(port)` publishes `\(event)`, an event of context `\(context)`: an output port publishes events of its own context"
    }

    /// `reserved-type-name`
    static func reservedTypeName(_ name: String) -> String { "`\(name)` is a built-in type and cannot be declared again" }

    /// `role-on-wrong-side`
    static func roleOnWrongSide(_ role: String, side: String, context: String) -> String {
        "`\(role)` is \(side == "upstream" ? "a downstream" : "an upstream") role, but `\(context)` is \(side) here"
    }

    /// `self-relationship`
    static func selfRelationship(_ context: String) -> String { "`\(context)` cannot have a relationship with itself" }

    /// `symmetric-relationship`
    static func symmetric(_ reason: String) -> String { reason }

    /// `unknown-annotation`
    static func unknownAnnotation(_ name: String) -> String { "unknown annotation `@\(name)`: Storm knows `@identity`, `@pii` and `@deprecated`" }

    /// `unknown-subdomain-kind`
    static func unknownSubdomainKind(_ kind: String) -> String { "unknown subdomain kind `\(kind)`: expected `core`, `supporting` or `generic`" }

    /// `unresolved-reference`
    static func unresolved(_ kind: String, _ name: String, scope: String?) -> String {
        "unknown \(kind) `\(name)`" + (scope.map { " in \($0)" } ?? "")
    }

    /// `wrong-kind-reference`
    static func wrongKind(_ name: String, is actual: String, expected: String) -> String {
        "`\(name)` is \(actual), not \(expected)"
    }
}

/// Messages of alternative outcomes.
extension ModelDiagnostics {
    /// `repeated-outcome`
    static func repeatedOutcome(_ name: String, of owner: String) -> String {
        "`\(name)` is listed twice in the outcomes of \(owner): each event or command is one outcome (write `A or B` for alternatives, `A, B` for both)"
    }

    /// `exposed-not-upstream`
    static func exposedNotUpstream(_ name: String, sides: [String]) -> String {
        let named = sides.map { "`\($0)`" }.joined(separator: " or ")
        return "`\(name)` is not a declaration of \(named): a relationship exposes what its upstream declares"
    }

    /// `invalid-downstream-rights`
    static func invalidDownstreamRights(_ written: String) -> String {
        "unknown downstream rights `\(written)`: expected influencer, opinion leader, veto right, decision maker or monopolist"
    }

    /// `invalid-downstream-rights`, on a relationship without a downstream.
    static func downstreamRightsWithoutDownstream(_ a: String, _ b: String) -> String {
        "the relationship between `\(a)` and `\(b)` has no downstream: rights belong to the downstream of an upstream/downstream relationship"
    }

    /// `invalid-map-setting`
    static func invalidMapSetting(_ keyword: String, _ written: String, known: [String]) -> String {
        "unknown context map \(keyword) `\(written)`: expected \(known.joined(separator: " or "))"
    }
}
