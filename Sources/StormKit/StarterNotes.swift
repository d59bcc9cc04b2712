import Foundation
import StormGenerators

/// What the model gained that the team's starters do not handle yet. Starters are never rewritten, so
/// `stormc generate package` reports, for each starter it kept, every ``StarterCheck`` the team's copy
/// fails: `Sources/Tracking/SubscriptionDecider.swift is yours; the model now also has command Renew: add
/// its case to `decide``.
public enum StarterNotes {
    /// The notes for the starters of `files` that `summary` kept (paths as the summary lists them), in
    /// the order of `files`.
    public static func notes(for files: [GeneratedFile], kept summary: OutputWriter.Summary, in directory: String) -> [String] {
        let kept = Set(summary.kept)
        let root = directory.isEmpty ? "./" : directory.hasSuffix("/") ? directory : directory + "/"
        var notes: [String] = []
        for file in files where file.isStarter && !file.checks.isEmpty && kept.contains(root + file.path) {
            guard let data = FileManager.default.contents(atPath: root + file.path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for check in file.checks where !check.isMet(by: text) {
                notes.append("\(root + file.path) is yours; \(check.note)")
            }
        }
        return notes
    }
}
