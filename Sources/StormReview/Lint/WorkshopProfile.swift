/// The workshop profile (`--workshop`): while the room is still storming, half-finished work is
/// expected, so open hotspots, events no one consumes yet and data products without owners are
/// reported as information instead of warnings or errors.
extension LintConfiguration {
    /// The rules the workshop profile quiets.
    public static let workshopRules = ["unresolved-hotspot", "unused-event", "unowned-data-product"]

    /// This configuration with the workshop rules at `info` at most (a rule turned off stays off).
    public func workshop() -> LintConfiguration {
        var quieter = self
        for id in Self.workshopRules {
            guard let rule = RuleRegistry.rule(id) else { continue }
            quieter.severities[id] = min(severity(of: rule), .info)
        }
        return quieter
    }
}
