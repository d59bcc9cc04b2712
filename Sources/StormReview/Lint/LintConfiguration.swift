import Foundation

/// How a project tunes `stormc lint`: the `lint` section of `storm.json`, then `--disable` flags.
///
/// ```json
/// {"lint": {"rules": {"relationship-without-flow": "off", "event-naming": "error"},
///           "naming": {"verbs": ["Reroute"], "pastTense": ["Undergone"]}}}
/// ```
/// Other top-level keys of `storm.json` belong to other commands and are ignored here.
public struct LintConfiguration: Sendable, Hashable {
    /// Severities that replace rules' defaults, by rule ID.
    public var severities: [String: RuleSeverity]
    public var naming: NamingAllowList

    public init(severities: [String: RuleSeverity] = [:], naming: NamingAllowList = NamingAllowList()) {
        self.severities = severities
        self.naming = naming
    }

    /// Reads the `lint` section of a `storm.json` document; a missing section gives the defaults.
    public init(stormJSON data: Data) throws(LintConfigurationError) {
        self.init()
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw .invalid("storm.json is not a JSON object")
        }
        guard let section = root["lint"] else { return }
        guard let lint = section as? [String: Any] else { throw .invalid("`lint` must be an object") }
        for key in lint.keys.sorted() where !["rules", "naming"].contains(key) {
            throw .invalid("unknown key `lint.\(key)` (expected `rules` or `naming`)")
        }
        if let rules = lint["rules"] {
            guard let rules = rules as? [String: Any] else { throw .invalid("`lint.rules` must be an object") }
            for (id, value) in rules.sorted(by: { $0.key < $1.key }) {
                guard RuleRegistry.rule(id) != nil else { throw .unknownRule(id, in: "lint.rules") }
                guard let text = value as? String, let severity = RuleSeverity(rawValue: text) else {
                    throw .invalid("`lint.rules.\(id)` must be one of \"off\", \"info\", \"warning\", \"error\"")
                }
                severities[id] = severity
            }
        }
        if let section = lint["naming"] {
            guard let naming = section as? [String: Any] else { throw .invalid("`lint.naming` must be an object") }
            var lists: [String: [String]] = [:]
            for (key, value) in naming.sorted(by: { $0.key < $1.key }) {
                guard key == "verbs" || key == "pastTense" else {
                    throw .invalid("unknown key `lint.naming.\(key)` (expected `verbs` or `pastTense`)")
                }
                guard let words = value as? [String] else { throw .invalid("`lint.naming.\(key)` must be a list of strings") }
                lists[key] = words
            }
            self.naming = NamingAllowList(verbs: Set(lists["verbs"] ?? []), pastTense: Set(lists["pastTense"] ?? []))
        }
    }

    /// Turns rules off, as `--disable ID` does.
    public mutating func disable(_ ids: [String]) throws(LintConfigurationError) {
        for id in ids {
            guard RuleRegistry.rule(id) != nil else { throw .unknownRule(id, in: "--disable") }
            severities[id] = .off
        }
    }

    /// The severity a rule has under this configuration.
    public func severity(of rule: any Rule) -> RuleSeverity { severities[rule.id] ?? rule.defaultSeverity }
}

/// A `storm.json` lint section or `--disable` flag that cannot be used.
public enum LintConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalid(String)
    /// A rule ID that no rule has, and where it was written.
    case unknownRule(String, in: String)

    public var description: String {
        switch self {
        case .invalid(let message): message
        case .unknownRule(let id, let place):
            "unknown rule `\(id)` in \(place)" + (RuleRegistry.suggestion(for: id).map { " (did you mean `\($0)`?)" } ?? "")
        }
    }
}
