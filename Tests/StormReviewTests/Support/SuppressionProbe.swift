import StormModel

/// Whether a rule ID survives the suppression comment parser (it accepts letters and hyphens only).
enum StormModelSuppressionsProbe {
    static func accepts(_ id: String) -> Bool { Suppressions.rules(inComment: " storm:allow \(id) because") == [id] }
}
