import Foundation
import StormModel
import StormReview

/// The platform team's rules, written once in `storm-policy.json` and applied by every domain's
/// `stormc lint` (`storm.json`'s `"policy"`, or `--policy FILE`). A domain may tighten a rule (raise its
/// severity), never loosen it.
///
/// ```json
/// {"stormPolicy": "1.0",
///  "rules": {"unowned-data-product": "error", "pii-leak": "error"},
///  "objectives": {"freshnessAtMost": "PT1H", "availabilityAtLeast": 99.5},
///  "eventNames": "^[A-Z][A-Za-z0-9]*$",
///  "productDescriptions": true,
///  "crossDomainPatterns": ["OHS", "PL"],
///  "piiCategories": ["contact", "location", "financial"],
///  "explicitEventVersions": true}
/// ```
public struct PlatformPolicy: Sendable {
    /// The version of the file's shape, `stormPolicy`.
    public static let formatVersion = "1.0"
    /// Where the policy was read from, to name it in messages.
    public var path: String
    /// The lowest severity each named rule may have in a domain.
    public var severities: [String: RuleSeverity] = [:]
    /// Every output port must be at least this fresh.
    public var freshnessAtMost: TimeSpan?
    /// Every output port must be at least this available, in percent.
    public var availabilityAtLeast: Double?
    /// What every event name must match (a regular expression).
    public var eventNames: String?
    /// Whether every data product needs a description (a `///` doc comment).
    public var productDescriptions = false
    /// The upstream patterns of which a relationship between contexts of two domains must have one.
    public var crossDomainPatterns: [String]?
    /// The categories of personal data: every `@pii` field must name one (`@pii("contact")`).
    public var piiCategories: [String]?
    /// Whether every event that leaves its domain (an output port's, or one another domain consumes)
    /// must write its version (`event Paid v1`).
    public var explicitEventVersions = false

    /// The keys a policy may hold.
    static let keys = ["stormPolicy", "rules", "objectives", "eventNames", "productDescriptions", "crossDomainPatterns", "piiCategories", "explicitEventVersions"]

    /// Reads the policy at `path`.
    public static func load(_ path: String) throws(PolicyError) -> PlatformPolicy {
        guard let data = FileManager.default.contents(atPath: path) else { throw PolicyError("cannot read the platform policy \(path)") }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw PolicyError("\(path) is not a JSON object") }
        func bad(_ message: String) -> PolicyError { PolicyError("\(path): \(message)") }
        guard root["stormPolicy"] as? String == formatVersion else { throw bad("`stormPolicy` must be \"\(formatVersion)\"") }
        for key in root.keys.sorted() where !keys.contains(key) {
            throw bad("unknown key `\(key)`; the keys are " + keys.map { "`\($0)`" }.joined(separator: ", "))
        }
        var policy = PlatformPolicy(path: path)
        if let rules = root["rules"] {
            guard let rules = rules as? [String: Any] else { throw bad("`rules` must be an object") }
            for (id, value) in rules.sorted(by: { $0.key < $1.key }) {
                guard RuleRegistry.rule(id) != nil else { throw bad("unknown rule `\(id)` in `rules`") }
                guard let text = value as? String, let severity = RuleSeverity(rawValue: text) else {
                    throw bad("`rules.\(id)` must be one of \"off\", \"info\", \"warning\", \"error\"")
                }
                policy.severities[id] = severity
            }
        }
        if let objectives = root["objectives"] {
            guard let objectives = objectives as? [String: Any] else { throw bad("`objectives` must be an object") }
            for key in objectives.keys.sorted() where !["freshnessAtMost", "availabilityAtLeast"].contains(key) {
                throw bad("unknown key `objectives.\(key)` (expected `freshnessAtMost` or `availabilityAtLeast`)")
            }
            if let text = objectives["freshnessAtMost"] {
                guard let text = text as? String, let span = ISODuration.parse(text) else {
                    throw bad("`objectives.freshnessAtMost` must be an ISO 8601 duration such as \"PT1H\"")
                }
                policy.freshnessAtMost = span
            }
            if let value = objectives["availabilityAtLeast"] {
                guard let number = value as? NSNumber, (0...100).contains(number.doubleValue) else {
                    throw bad("`objectives.availabilityAtLeast` must be a percentage from 0 to 100")
                }
                policy.availabilityAtLeast = number.doubleValue
            }
        }
        if let pattern = root["eventNames"] {
            guard let pattern = pattern as? String, (try? NSRegularExpression(pattern: pattern)) != nil else {
                throw bad("`eventNames` must be a regular expression")
            }
            policy.eventNames = pattern
        }
        if let flag = root["productDescriptions"] {
            guard let flag = flag as? Bool else { throw bad("`productDescriptions` must be true or false") }
            policy.productDescriptions = flag
        }
        if let patterns = root["crossDomainPatterns"] {
            let known = UpstreamPattern.allCases.map(\.rawValue)
            guard let patterns = patterns as? [String], !patterns.isEmpty, patterns.allSatisfy(known.contains) else {
                throw bad("`crossDomainPatterns` must be a list of upstream patterns: " + known.joined(separator: ", "))
            }
            policy.crossDomainPatterns = patterns
        }
        if let categories = root["piiCategories"] {
            guard let categories = categories as? [String], !categories.isEmpty, categories.allSatisfy({ !$0.isEmpty }) else {
                throw bad("`piiCategories` must be a non-empty list of category names, such as [\"contact\", \"location\"]")
            }
            policy.piiCategories = categories
        }
        if let flag = root["explicitEventVersions"] {
            guard let flag = flag as? Bool else { throw bad("`explicitEventVersions` must be true or false") }
            policy.explicitEventVersions = flag
        }
        return policy
    }

    /// The rules the policy adds to `stormc lint`, each an error.
    public var rules: [any Rule] {
        var rules: [any Rule] = []
        if freshnessAtMost != nil || availabilityAtLeast != nil {
            rules.append(PolicyObjectivesRule(freshnessAtMost: freshnessAtMost, availabilityAtLeast: availabilityAtLeast))
        }
        if let eventNames, let expression = try? NSRegularExpression(pattern: eventNames) {
            rules.append(PolicyEventNameRule(pattern: eventNames, expression: expression))
        }
        if productDescriptions { rules.append(PolicyProductDescriptionRule()) }
        if let crossDomainPatterns { rules.append(PolicyCrossDomainRule(patterns: crossDomainPatterns)) }
        if let piiCategories { rules.append(PolicyPIIClassifiedRule(categories: piiCategories)) }
        if explicitEventVersions { rules.append(PolicyEventVersionRule()) }
        return rules
    }

    /// `configuration` with the platform's severities: a rule the domain leaves alone takes the platform's,
    /// one it raises keeps its own, and one it lowers (in `storm.json` or with `--disable`) is an error
    /// naming the platform rule.
    public func apply(to configuration: LintConfiguration) throws(PolicyError) -> LintConfiguration {
        var merged = configuration
        for (id, platform) in severities.sorted(by: { $0.key < $1.key }) {
            if let own = configuration.severities[id] {
                guard own >= platform else {
                    throw PolicyError("rule `\(id)` is `\(own.rawValue)` here, but the platform policy \(path) makes it `\(platform.rawValue)`: a domain may tighten a platform rule, never loosen it")
                }
            } else {
                merged.severities[id] = platform
            }
        }
        return merged
    }
}

/// A platform policy that cannot be read, or that a domain loosens.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

extension PlatformPolicy {
    /// The policy a `storm.json` points to with `"policy"`, as a path from the current folder (the
    /// file's `policy` is relative to the file's folder); nil when it names none or cannot be read.
    public static func path(inStormJSON file: String) -> String? {
        guard let data = FileManager.default.contents(atPath: file),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let policy = root["policy"] as? String else { return nil }
        let folder = (file as NSString).deletingLastPathComponent
        return policy.hasPrefix("/") || folder.isEmpty ? policy : (folder as NSString).appendingPathComponent(policy)
    }
}
