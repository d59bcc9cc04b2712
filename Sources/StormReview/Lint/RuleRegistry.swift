import StormDiagnostics

/// Every rule of `stormc lint`, sorted by ID.
public enum RuleRegistry {
    /// All rules, in ID order (the order of `Docs/Rules.md` and of SARIF rule metadata).
    public static let all: [any Rule] = ([
        UndeclaredCouplingRule(), RelationshipWithoutFlowRule(), RelationshipCycleRule(),
        UnusedEventRule(), UnissuedCommandRule(), AggregateWithoutCommandRule(), UnfedReadModelRule(),
        UntriggeredPolicyRule(), UnownedDataProductRule(), OutputPortWithoutObjectivesRule(), PIILeakRule(),
        EventNamingRule(), CommandNamingRule(), CoreSubdomainUnimplementedRule(), CoreSubdomainSharedRule(),
        UnresolvedHotspotRule(), UnknownSuppressionRule(), CoreSubdomainExternalRule(), UnexposedConsumedEventRule(),
    ] as [any Rule]).sorted { $0.id < $1.id }

    /// The rule with the given ID.
    public static func rule(_ id: String) -> (any Rule)? { all.first { $0.id == id } }

    /// The rule ID closest to a misspelt one.
    public static func suggestion(for id: String) -> String? { Suggestion.closest(to: id, in: all.map(\.id)) }
}
