/// How loudly a review rule speaks. `off` silences it; only `error` makes `stormc lint` fail.
public enum RuleSeverity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case off, info, warning, error

    private var rank: Int {
        switch self {
        case .off: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }

    public static func < (lhs: RuleSeverity, rhs: RuleSeverity) -> Bool { lhs.rank < rhs.rank }

    /// The SARIF `level` of the severity (`none`, `note`, `warning`, `error`).
    public var sarifLevel: String {
        switch self {
        case .off: "none"
        case .info: "note"
        case .warning: "warning"
        case .error: "error"
        }
    }
}
