import StormDiagnostics
import StormSource

/// What a rule found wrong at one place, before a severity is given to it.
public struct Violation: Sendable, Hashable {
    public var message: String
    /// The declaration at fault; a `// storm:allow` comment on it silences the violation.
    public var range: SourceRange?
    /// Other places worth looking at ("consumed here").
    public var notes: [DiagnosticNote]

    public init(_ message: String, at range: SourceRange?, notes: [DiagnosticNote] = []) {
        self.message = message
        self.range = range
        self.notes = notes
    }
}

/// One finding of `stormc lint`: a violation of a rule, with the severity configured for that rule.
public struct Finding: Sendable, Hashable {
    /// The rule's stable ID (`undeclared-coupling`).
    public var ruleID: String
    public var severity: RuleSeverity
    public var message: String
    public var range: SourceRange?
    public var notes: [DiagnosticNote]

    public init(ruleID: String, severity: RuleSeverity, message: String, range: SourceRange?, notes: [DiagnosticNote] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
    }

    /// The finding as a compiler diagnostic, so the shared renderers print it (`info` becomes a note).
    public var diagnostic: Diagnostic {
        let level: Severity = switch severity {
        case .error: .error
        case .warning: .warning
        case .info, .off: .note
        }
        return Diagnostic(level, DiagnosticID(rawValue: ruleID), message, at: range, notes: notes)
    }
}
