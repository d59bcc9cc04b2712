import StormDiagnostics
import StormReview
import StormSource
import StormSupport

extension LanguageServer {
    /// The most diagnostics published for one file; more would slow every editor down. The rest are
    /// summed up in one last diagnostic.
    static let maximumDiagnosticsPerFile = 1000

    /// Re-checks every model whose files changed and publishes the diagnostics of each of its files; then,
    /// while no message waits, reviews those models and publishes again with the review's findings. So
    /// the compiler's diagnostics come first, and a burst of edits is not held up by reviews. The models
    /// replaced are freed last, when the findings are out or a message waits.
    func publishStaleDiagnostics() {
        defer { workspace.releaseRetired() }
        for key in workspace.stale.sorted() where workspace.documents.keys.contains(where: { workspace.key(for: $0) == key }) {
            publish(workspace.analysis(key: key))
            unreviewed.insert(key)
        }
        for key in unreviewed.sorted() {
            guard !connection.hasPending else { return }
            unreviewed.remove(key)
            guard workspace.documents.keys.contains(where: { workspace.key(for: $0) == key }) else { continue }
            let analysis = workspace.analysis(key: key)
            analysis.review()
            if analysis.findings?.isEmpty == false { publish(analysis) }
        }
    }

    /// Publishes the diagnostics of every file of a model; files with none get an empty list.
    func publish(_ analysis: Analysis) {
        let perFile = lspDiagnostics(analysis)
        var uris = Set<String>()
        for id in analysis.sources.ids where analysis.hasURI(id) {
            let uri = analysis.uris[id.index]
            uris.insert(uri)
            var diagnostics = perFile.diagnostics[id.index]
            if perFile.omitted[id.index] > 0 {
                diagnostics.append(["range": converter.range(SourceRange(file: id, start: 0, end: 0), in: analysis.sources[id]),
                                    "severity": 3, "source": "storm",
                                    "message": .string("\(perFile.omitted[id.index]) more diagnostics in this file are not shown; `stormc check` and `stormc lint` list them all")])
            }
            var params: JSONObject = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
            if let version = workspace.documents[uri]?.version { params["version"] = .integer(version) }
            connection.notify(PublishDiagnosticsNotification.method, .object(params))
        }
        for gone in (published[analysis.key] ?? []).subtracting(uris).sorted() {
            connection.notify(PublishDiagnosticsNotification.method, ["uri": .string(gone), "diagnostics": []])
        }
        published[analysis.key] = uris
    }

    /// The model's diagnostics and review findings as LSP diagnostics, by file, at most
    /// ``maximumDiagnosticsPerFile`` less one per file, with the number left out. One about the model as a
    /// whole goes to its first file.
    func lspDiagnostics(_ analysis: Analysis) -> (diagnostics: [[JSON]], omitted: [Int]) {
        let count = analysis.sources.files.count
        var perFile = [[JSON]](repeating: [], count: count)
        var omitted = [Int](repeating: 0, count: count)
        guard count > 0 else { return (perFile, omitted) }
        func add(_ diagnostic: Diagnostic, _ anchor: @autoclosure () -> String) {
            let file = diagnostic.range?.file.index ?? 0
            if perFile[file].count < Self.maximumDiagnosticsPerFile - 1 {
                perFile[file].append(lspDiagnostic(diagnostic, anchor: anchor(), analysis: analysis))
            } else {
                omitted[file] += 1
            }
        }
        for diagnostic in analysis.loaded.diagnostics.sorted { add(diagnostic, "Diagnostics.md#\(diagnostic.id.rawValue)") }
        for finding in analysis.findings ?? [] { add(finding.diagnostic, "Rules.md#\(ruleAnchor(finding.ruleID))") }
        return (perFile, omitted)
    }

    /// One diagnostic: the stable ID as code, a link to its documentation, notes as related information.
    func lspDiagnostic(_ diagnostic: Diagnostic, anchor: String, analysis: Analysis) -> JSON {
        let range = diagnostic.range ?? SourceRange(file: FileID(0), start: 0, end: 0)
        let file = analysis.sources[range.file]
        var message = diagnostic.message
        var related: [JSON] = []
        for note in diagnostic.notes {
            if let place = note.range, analysis.hasURI(place.file) {
                related.append(["location": ["uri": .string(analysis.uris[place.file.index]),
                                             "range": converter.range(place, in: analysis.sources[place.file])],
                                "message": .string(note.message)])
            } else {
                message += "\nnote: \(note.message)"
            }
        }
        let severity: Int = switch diagnostic.severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        case .remark: 4
        }
        var object: JSONObject = [
            "range": converter.range(range, in: file),
            "severity": .integer(severity),
            "code": .string(diagnostic.id.rawValue),
            "source": "storm",
            "message": .string(message),
        ]
        if let base = documentationBase { object["codeDescription"] = ["href": .string(base + anchor)] }
        if !related.isEmpty { object["relatedInformation"] = .array(related) }
        return .object(object)
    }

    /// The anchor of a rule's heading in `Docs/Rules.md`: "### `unused-event` (warning)".
    private func ruleAnchor(_ id: String) -> String {
        guard let rule = RuleRegistry.all.first(where: { $0.id == id }) else { return id }
        return "\(id)-\(rule.defaultSeverity.rawValue)"
    }
}
