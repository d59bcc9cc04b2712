import StormDiagnostics
import StormKit
import StormSource
import Testing

/// Checks diagnostics the way a user sees them: the input marks where the error must be (swift-syntax's
/// `1️⃣` marker, removed before parsing), and the whole rendered text is compared with a literal.
enum DiagnosticTestSupport {
    static let marker = "1️⃣"

    /// The bytes of a test input: the marker removed, and each `⟨XX⟩` replaced by the byte `XX` (for invalid
    /// UTF-8); with the marker's byte offset, if there is one.
    static func source(_ text: String) -> (bytes: [UInt8], marker: Int?) {
        var bytes: [UInt8] = []
        var marker: Int?
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix(Self.marker) {
                marker = bytes.count
                rest = rest.dropFirst(Self.marker.count)
            } else if rest.hasPrefix("⟨"), let close = rest.firstIndex(of: "⟩"), let byte = UInt8(rest[rest.index(after: rest.startIndex)..<close], radix: 16) {
                bytes.append(byte)
                rest = rest[rest.index(after: close)...]
            } else {
                bytes += Array(String(rest.first!).utf8)
                rest = rest.dropFirst()
            }
        }
        return (bytes, marker)
    }

    /// Loads `files` (one of them marked), checks that a diagnostic `id` starts at the marker, and that the
    /// rendered diagnostics of the whole model are exactly `expected`.
    static func expect(_ id: DiagnosticID, in files: [(path: String, text: String)], renders expected: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var sources: [SourceFile] = []
        var mark: (path: String, line: Int, column: Int)?
        for file in files {
            let (bytes, offset) = source(file.text)
            let source = SourceFile(path: file.path, bytes: bytes)
            if let offset {
                #expect(mark == nil, "only one file may be marked", sourceLocation: sourceLocation)
                let place = source.lineAndColumn(of: offset)
                mark = (file.path, place.line, place.column)
            }
            sources.append(source)
        }
        guard let mark else {
            Issue.record("no \(marker) marker in the input", sourceLocation: sourceLocation)
            return
        }
        let loaded = ModelLoader.load(sources: sources, name: "Test")
        let places = loaded.diagnostics.all.filter { $0.id == id }.compactMap { $0.range.map(loaded.sources.location) }
        #expect(places.contains { $0.path == mark.path && $0.line == mark.line && $0.column == mark.column },
                "no [\(id)] at \(mark.path):\(mark.line):\(mark.column); found it at \(places.map { "\($0.path):\($0.line):\($0.column)" })",
                sourceLocation: sourceLocation)
        let actual = ModelTestSupport.rendered(loaded)
        #expect(actual == expected, "\n--- rendered ---\n\(actual)--- expected ---\n\(expected)", sourceLocation: sourceLocation)
    }

    /// The same for a single file named `model.storm`.
    static func expect(_ id: DiagnosticID, in text: String, renders expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expect(id, in: [("model.storm", text)], renders: expected, sourceLocation: sourceLocation)
    }
}
