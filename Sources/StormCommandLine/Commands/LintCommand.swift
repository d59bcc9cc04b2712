import Foundation
import StormDiagnostics
import StormKit
import StormModel
import StormMesh
import StormReview
import StormSource

/// `stormc lint [PATH...] [--format text|json|sarif] [--disable ID...] [--config FILE]`
enum LintCommand: Command {
    static let name = "lint"
    static let summary = "Review models' boundaries and governance against the rules of Docs/Rules.md"
    static let help = """
    USAGE: stormc lint [--format text|json|sarif] [--disable ID...] [--config FILE] [--policy FILE] [--list-rules] [--workshop] [PATH...]

    Runs the review rules (Docs/Rules.md) over the model at PATH, or over each folder under ./Models.
    Severities and naming allow lists come from the `lint` section of storm.json (./storm.json, or
    --config FILE); a `// storm:allow rule-id reason` comment silences a rule on one declaration.

    OPTIONS:
      --format text|json|sarif   text: findings with source lines on standard error (default);
                                 json: one document on standard output; sarif: SARIF 2.1.0 on standard output
      --disable ID               Turn a rule off (repeatable, or comma-separated)
      --config FILE              Read configuration from FILE instead of ./storm.json
      --list-rules               Print every rule with its ID, severity and summary, then exit
      --workshop                 Workshop profile: open hotspots, unconsumed events and data products
                                 without owners are informational
      --policy FILE              Apply the platform's rules of FILE (storm-policy.json) instead of the
                                 policy storm.json names with "policy"
      -h, --help                 Show this help

    EXIT STATUS: 0 no error-level finding, 1 an error-level finding or a model with errors, 2 usage or I/O error.

    """

    enum Format: String { case text, json, sarif }

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let formatName = try arguments.option("--format") ?? "text"
        guard let format = Format(rawValue: formatName) else { throw UsageError("--format takes `text`, `json` or `sarif`, not `\(formatName)`") }
        let disabled = try arguments.options("--disable")
        let configPath = try arguments.option("--config")
        let listRules = arguments.flag("--list-rules")
        let workshop = arguments.flag("--workshop")
        let policyPath = try arguments.option("--policy")
        let paths = try arguments.positionals()
        var configuration: LintConfiguration
        do throws(LintConfigurationError) {
            configuration = try loadConfiguration(configPath)
            try configuration.disable(disabled)
        } catch {
            console.error("stormc lint: error: \(error.description)\n")
            return ExitCode.usage
        }
        // The platform's rules: a domain may tighten them, never loosen them.
        var policyRules: [any Rule] = []
        if let path = policyPath ?? PlatformPolicy.path(inStormJSON: configPath ?? Configuration.fileName) {
            let policy: PlatformPolicy
            do throws(PolicyError) {
                policy = try PlatformPolicy.load(path)
            } catch {
                console.error("stormc lint: error: \(error.description)\n")
                return ExitCode.usage
            }
            do throws(PolicyError) {
                configuration = try policy.apply(to: configuration)
            } catch {
                console.error(TextDiagnosticRenderer(sources: SourceManager(), colored: console.colorsErrors)
                    .render(Diagnostic(.error, "policy-loosened", error.description, at: nil)))
                return ExitCode.failure
            }
            policyRules = policy.rules
        }
        if workshop { configuration = configuration.workshop() }
        if listRules {
            console.out(ruleList(configuration))
            return ExitCode.success
        }
        let linter = Linter(configuration: configuration, rules: RuleRegistry.all + policyRules)
        var results: [(model: Model, findings: [Finding])] = []
        let printer = try DiagnosticPrinter(format: nil, console: console)
        var status = forEachModel(paths, printer: printer, console: console) { loaded throws(LoadError) in
            let findings = linter.lint(loaded.model)
            results.append((loaded.model, findings))
            if format == .text {
                let renderer = TextDiagnosticRenderer(sources: loaded.sources, colored: console.colorsErrors)
                // Written in chunks: one write per finding costs more than rendering it.
                var text = ""
                for finding in findings {
                    renderer.render(finding.diagnostic, into: &text)
                    if text.utf8.count >= 1 << 16 {
                        console.error(text)
                        text.removeAll(keepingCapacity: true)
                    }
                }
                text += "\(loaded.model.name): \(plural(findings.count(of: .error), "error")), "
                    + "\(plural(findings.count(of: .warning), "warning")), \(plural(findings.count(of: .info), "info"))\n"
                console.error(text)
            }
            return findings.hasErrors ? ExitCode.failure : ExitCode.success
        }
        guard status != ExitCode.usage else { return status }
        switch format {
        case .text: break
        case .json: console.out(FindingJSONRenderer.render(results))
        case .sarif: console.out(SARIFRenderer.render(results, configuration: configuration, toolVersion: StormCommandLine.version,
                                                         rules: RuleRegistry.all + policyRules))
        }
        status = max(status, results.contains { $0.findings.hasErrors } ? ExitCode.failure : ExitCode.success)
        return status
    }

    /// The configuration in `path`, or in `./storm.json` when it exists, or the defaults.
    static func loadConfiguration(_ path: String?) throws(LintConfigurationError) -> LintConfiguration {
        let file = path ?? "storm.json"
        guard let data = FileManager.default.contents(atPath: file) else {
            if path != nil { throw .invalid("cannot read \(file)") }
            return LintConfiguration()
        }
        do throws(LintConfigurationError) {
            return try LintConfiguration(stormJSON: data)
        } catch {
            throw .invalid("\(file): \(error.description)")
        }
    }

    /// `relationship-cycle  warning  Upstream/downstream relationships form a cycle; …`
    static func ruleList(_ configuration: LintConfiguration) -> String {
        let width = RuleRegistry.all.map(\.id.count).max() ?? 0
        return RuleRegistry.all.map { rule in
            let severity = configuration.severity(of: rule).rawValue
            return rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + severity.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + rule.summary + "\n"
        }.joined()
    }

    private static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 || word == "info" ? "" : "s")" }
}
