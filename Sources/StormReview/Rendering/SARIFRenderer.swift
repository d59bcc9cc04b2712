import Foundation
import StormDiagnostics
import StormModel
import StormSupport

/// Renders the findings of `stormc lint --format sarif` as a SARIF 2.1.0 log that code-scanning tools accept.
///
/// One run for all models linted (code hosts reject several runs of one tool), the metadata of every rule,
/// and per result its rule, level, message, location with line and column (in code points), the notes as
/// related locations, and a fingerprint that survives lines moving.
public enum SARIFRenderer {
    /// The SARIF document, ending in a newline. `rules` are every rule that ran, the platform policy's
    /// (`policy-…`) included, so that each result's rule is described.
    public static func render(_ results: [(model: Model, findings: [Finding])], configuration: LintConfiguration,
                              toolVersion: String, rules: [any Rule] = RuleRegistry.all) -> String {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let sarifResults: [JSON] = results.flatMap { result in
            result.findings.map { self.result($0, ruleIndex: index[$0.ruleID], model: result.model) }
        }
        let driver: JSON = [
            "name": "stormc", "version": .string(toolVersion), "semanticVersion": .string(toolVersion),
            "rules": .array(rules.map { descriptor($0, configured: configuration.severity(of: $0)) }),
        ]
        let run: JSON = ["tool": ["driver": driver], "columnKind": "unicodeCodePoints", "results": .array(sarifResults)]
        return JSON.object([
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run],
        ]).rendered()
    }

    private static func descriptor(_ rule: any Rule, configured: RuleSeverity) -> JSON {
        [
            "id": .string(rule.id),
            "name": .string(rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()),
            "shortDescription": ["text": .string(rule.summary)],
            "fullDescription": ["text": .string(rule.rationale)],
            "help": ["text": .string(rule.rationale + " See Docs/Rules.md#\(rule.id).")],
            "defaultConfiguration": ["level": .string(rule.defaultSeverity.sarifLevel), "enabled": .bool(configured != .off)],
        ]
    }

    private static func result(_ finding: Finding, ruleIndex: Int?, model: Model) -> JSON {
        var object: JSONObject = [
            "ruleId": .string(finding.ruleID), "level": .string(finding.severity.sarifLevel),
            "message": ["text": .string(finding.message)],
        ]
        if let ruleIndex { object["ruleIndex"] = .integer(ruleIndex) }
        if let range = finding.range {
            let place = FindingPlace(range, in: model.sources)
            object["locations"] = [["physicalLocation": physicalLocation(place)]]
            object["partialFingerprints"] = ["stormFinding/v1": .string(fingerprint(finding.ruleID, place.path, finding.message))]
        }
        let related: [JSON] = finding.notes.enumerated().compactMap { offset, note in
            guard let range = note.range else { return nil }
            return ["id": .integer(offset + 1), "message": ["text": .string(note.message)],
                    "physicalLocation": physicalLocation(FindingPlace(range, in: model.sources))]
        }
        if !related.isEmpty { object["relatedLocations"] = .array(related) }
        return .object(object)
    }

    private static func physicalLocation(_ place: FindingPlace) -> JSON {
        [
            "artifactLocation": ["uri": .string(uri(place.path))],
            "region": ["startLine": .integer(place.line), "startColumn": .integer(place.column),
                       "endLine": .integer(place.endLine), "endColumn": .integer(place.endColumn)],
        ]
    }

    /// A path as a URI reference: relative paths stay relative (to the repository root), absolute ones become
    /// `file://` URIs; characters outside a URI path are percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// FNV-1a, 64 bits, of the rule, file and message: stable when the finding moves to another line.
    static func fingerprint(_ parts: String...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{0}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
