import StormDiagnostics
import StormKit
import StormSource

/// What must hold for any input, however damaged: loading returns, every diagnostic and every note,
/// highlight and fix-it points inside its own file, and every diagnostic renders.
enum RobustnessCheck {
    /// How many diagnostics of one input are rendered.
    static let renderedDiagnostics = 200

    /// The problems found loading `files` as one model; empty when all is well. A crash ends the test run,
    /// which is the other way this check fails.
    static func problems(in files: [(path: String, bytes: [UInt8])], renderJSON: Bool = false) -> [String] {
        let sources = files.map { SourceFile(path: $0.path, bytes: $0.bytes) }
        let loaded = ModelLoader.load(sources: sources, name: "Robustness")
        var problems: [String] = []
        func check(_ range: SourceRange?, _ what: String, of diagnostic: Diagnostic) {
            guard let range else { return }
            guard range.file.index >= 0, range.file.index < sources.count else {
                problems.append("\(what) of [\(diagnostic.id)] \(diagnostic.message) is in file #\(range.file.index) of \(sources.count)")
                return
            }
            let size = sources[range.file.index].bytes.count
            if !(0 <= range.start && range.start <= range.end && range.end <= size) {
                problems.append("\(what) of [\(diagnostic.id)] \(diagnostic.message) is \(range.start)..<\(range.end) in a file of \(size) bytes")
            }
        }
        for diagnostic in loaded.diagnostics.all {
            if diagnostic.range == nil { problems.append("[\(diagnostic.id)] \(diagnostic.message) has no place") }
            check(diagnostic.range, "the range", of: diagnostic)
            for highlight in diagnostic.highlights { check(highlight, "a highlight", of: diagnostic) }
            for note in diagnostic.notes { check(note.range, "the note `\(note.message)`", of: diagnostic) }
            for fix in diagnostic.fixIts { for edit in fix.edits { check(edit.range, "a fix-it edit", of: diagnostic) } }
            if diagnostic.message.isEmpty { problems.append("[\(diagnostic.id)] has no message") }
        }
        guard problems.isEmpty else { return problems }
        // Rendering is checked on the first diagnostics only: under Swift Testing, decoding invalid UTF-8
        // captures a backtrace (the standard library throws internally), which makes binary garbage with
        // tens of thousands of diagnostics take minutes here although `stormc` prints it in a second.
        let sample = Array(loaded.diagnostics.sorted.prefix(renderedDiagnostics))
        let text = TextDiagnosticRenderer(sources: loaded.sources).render(sample)
        if !sample.isEmpty, text.isEmpty { problems.append("the diagnostics rendered as nothing") }
        if renderJSON {
            let json = JSONDiagnosticRenderer(sources: loaded.sources)
            for diagnostic in sample where !json.render(diagnostic).hasPrefix("{\"") {
                problems.append("[\(diagnostic.id)] did not render as JSON")
            }
            _ = ModelExport.rendered(loaded.model)
        }
        return problems
    }
}
