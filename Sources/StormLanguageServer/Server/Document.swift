import StormSource

/// A document the editor has open: its text is the truth, whatever the file on disk holds.
struct OpenDocument: Sendable {
    var uri: String
    /// The path of a `file:` URI; nil for other schemes (`untitled:`), which form a model of their own.
    var path: String?
    var version: Int
    var text: [UInt8]

    /// Applies one `contentChanges` entry: a whole new text, or a range replaced.
    mutating func apply(_ start: Int, _ end: Int, _ replacement: String) {
        let lower = max(0, min(start, text.count))
        let upper = max(lower, min(end, text.count))
        text.replaceSubrange(lower..<upper, with: Array(replacement.utf8))
    }
}
