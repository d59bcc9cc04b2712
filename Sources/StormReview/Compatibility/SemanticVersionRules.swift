/// How `stormc diff` judges a changed event by its semantic versions, naming the rule it applies:
/// a version never goes down; a minor or patch change must stay compatible under the mode; an
/// incompatible change needs a new major; a new major may change anything.
enum SemanticVersionRules {
    static let neverDown = "rule: a version never goes down"
    static let minorCompatible = "rule: minor and patch changes must be backward compatible"
    static let incompatibleNeedsMajor = "rule: an incompatible change needs a new major version"
    static let majorMayBreak = "rule: a new major may change anything"

    static func judge(_ now: SchemaDeclaration, _ before: SchemaDeclaration, _ compatibility: Compatibility,
                      breaks: Bool) -> (RuleSeverity, String) {
        let (was, isNow) = (before.version ?? 1, now.version ?? 1)
        let old = (was, before.minor, before.patch), new = (isNow, now.minor, now.patch)
        let (oldText, newText) = ("v" + before.versionText, "v" + now.versionText)
        let summary = compatibility.summary
        if new < old { return (.error, "version went down from \(oldText) to \(newText); \(neverDown)") }
        if isNow > was {
            let bumped = "version bumped \(oldText) → \(newText)"
            if breaks { return (.warning, "\(summary), \(bumped): consumers of v\(was) must migrate; \(majorMayBreak)") }
            return (.info, "\(summary), \(bumped); \(majorMayBreak)")
        }
        let bump = before.minor != now.minor ? "minor" : "patch"
        if breaks {
            let fix = "bump `\(now.reference.name)` to v\(was + 1)"
            if new == old { return (.error, "\(summary) without a version bump (\(fix)); \(incompatibleNeedsMajor)") }
            return (.error, "\(summary) with only a \(bump) bump \(oldText) → \(newText) (\(fix)); \(minorCompatible)")
        }
        return (.info, new == old ? summary : "\(summary), \(bump) bump \(oldText) → \(newText); \(minorCompatible)")
    }
}
