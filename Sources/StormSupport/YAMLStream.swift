/// A YAML document written line by line, in exactly the form ``YAML/rendered()`` gives the same document
/// built as a tree, so that a large document (an AsyncAPI document of thousands of channels) is never
/// built whole: its blocks are opened and closed here, and only small parts are passed as ``YAML`` or
/// ``JSON`` values.
///
/// Entries are written in the order given. A block closed without entries is written `{}` (or `[]` for a
/// sequence), as an empty mapping or sequence is.
public struct YAMLStream: ~Copyable {
    private var buffer: TextBuffer
    /// The blocks open, innermost last: where each one's first line ended (to find an empty one), and
    /// whether it is a sequence. An item (``openItem()``) is a block too.
    private var open: [(end: Int, isSequence: Bool)] = []
    /// Whether an item's `- ` was just written, so the next entry follows it on the same line.
    private var afterDash = false

    /// A stream whose text starts with `prefix` (a comment header, say), as it is.
    public init(prefix: String = "", capacity: Int = 1 << 16) {
        buffer = TextBuffer(capacity: max(capacity, prefix.utf8.count))
        buffer.append(prefix)
    }

    /// Writes `key:` and opens its mapping: the entries written next are its own, until ``end()``.
    public mutating func open(_ key: String) {
        writeKey(key)
        buffer.append(byte: UInt8(ascii: "\n"))
        open.append((end: buffer.count, isSequence: false))
    }

    /// Writes `key:` and opens its sequence: the items written next (``openItem()``) are its own, until ``end()``.
    public mutating func openSequence(_ key: String) {
        writeKey(key)
        buffer.append(byte: UInt8(ascii: "\n"))
        open.append((end: buffer.count, isSequence: true))
    }

    /// Writes the `- ` of the open sequence's next item, a mapping whose entries are written next, until
    /// ``end()``; its first entry follows on the same line.
    public mutating func openItem() {
        buffer.appendSpaces(indent)
        buffer.append(byte: UInt8(ascii: "-"))
        buffer.append(byte: UInt8(ascii: " "))
        afterDash = true
        open.append((end: -1, isSequence: false))
    }

    /// Closes the innermost block or item. An empty block ends its key's line as `{}` or `[]`.
    public mutating func end() {
        let block = open.removeLast()
        if block.end == buffer.count {
            buffer.removeLast(1)
            buffer.append(block.isSequence ? " []\n" : " {}\n")
        }
    }

    /// Writes `key: text`, the text plain or quoted as ``YAML`` writes a string.
    public mutating func entry(_ key: String, _ text: String) {
        writeKey(key)
        buffer.append(byte: UInt8(ascii: " "))
        YAMLScalar.write(text, to: &buffer)
        buffer.append(byte: UInt8(ascii: "\n"))
    }

    /// Writes `key:` and `value` as an entry of a ``YAML`` mapping is written; nothing when `value` is nil.
    public mutating func entry(_ key: String, _ value: YAML?) {
        guard let value else { return }
        writeKey(key)
        if value.isBlock {
            buffer.append(byte: UInt8(ascii: "\n"))
            value.write(to: &buffer, indent: indent + 2, padFirstLine: true)
        } else {
            buffer.append(byte: UInt8(ascii: " "))
            value.writeScalar(to: &buffer)
            buffer.append(byte: UInt8(ascii: "\n"))
        }
    }

    /// Writes `key:` and `value` as ``YAML/json(_:)`` holding it is written.
    public mutating func entry(_ key: String, json value: JSON) {
        entry(key, YAML.json(value))
    }

    /// The text written, handed over as its bytes (a generated file's contents).
    public consuming func finish() -> WrittenText {
        buffer.finish()
    }

    /// The indentation of the open block's lines.
    private var indent: Int { 2 * open.count }

    /// Writes `key:` at the open block's indentation (or right after an item's `- `).
    private mutating func writeKey(_ key: String) {
        if afterDash {
            afterDash = false
        } else {
            buffer.appendSpaces(indent)
        }
        YAMLScalar.write(key, to: &buffer)
        buffer.append(byte: UInt8(ascii: ":"))
    }
}
