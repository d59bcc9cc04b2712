/// Pretty-printed JSON written piece by piece, in exactly the form ``JSON/rendered()`` gives, so that a
/// large document (the model export) never exists whole: its containers are opened and closed here and
/// its parts built as small ``JSON`` values one at a time, while the text goes to a sink a piece at a time.
///
/// Object keys are written in the order given: the caller gives them sorted, as ``JSON`` sorts them.
public struct JSONStream: ~Copyable {
    private var buffer = TextBuffer(capacity: 1 << 16)
    /// Where the text goes once a piece of it is full; `nil` keeps it all, for ``finish()``.
    private let sink: ((String) -> Void)?
    /// The containers open, innermost last: whether each is an object, and whether it has members yet.
    private var open: [(isObject: Bool, hasMembers: Bool)] = []
    /// Whether a key was just written, so the next value follows it on the same line.
    private var afterKey = false
    /// How many bytes are kept before they go to the sink.
    private static let pieceSize = 1 << 20

    /// A stream whose text goes to `sink` a piece at a time, or is kept for ``finish()`` when `sink` is `nil`.
    public init(sink: ((String) -> Void)? = nil) {
        self.sink = sink
    }

    /// Opens an object, as a value.
    public mutating func beginObject() {
        startValue()
        buffer.append(byte: UInt8(ascii: "{"))
        open.append((isObject: true, hasMembers: false))
    }

    /// Opens an array, as a value.
    public mutating func beginArray() {
        startValue()
        buffer.append(byte: UInt8(ascii: "["))
        open.append((isObject: false, hasMembers: false))
    }

    /// Closes the innermost object or array.
    public mutating func end() {
        let container = open.removeLast()
        if container.hasMembers {
            buffer.append(byte: UInt8(ascii: "\n"))
            buffer.appendSpaces(2 * open.count)
        }
        buffer.append(byte: container.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        flushIfFull()
    }

    /// Writes the key of the open object's next member; its value follows.
    public mutating func key(_ name: String) {
        startValue()
        JSON.writeString(name, to: &buffer)
        buffer.append(byte: UInt8(ascii: ":"))
        buffer.append(byte: UInt8(ascii: " "))
        afterKey = true
    }

    /// Writes a whole value: a member's after its key, an array's next item, or the document.
    public mutating func value(_ json: JSON) {
        startValue()
        json.write(to: &buffer, indent: open.count)
        flushIfFull()
    }

    /// Ends the document with a newline; returns the text kept when there is no sink (else the empty string).
    public mutating func finish() -> String {
        buffer.append(byte: UInt8(ascii: "\n"))
        guard let sink else { return buffer.text }
        sink(buffer.text)
        buffer.removeAll()
        return ""
    }

    /// Separates the value about to be written from the one before it, and indents it.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = open.indices.last else { return }
        if open[last].hasMembers { buffer.append(byte: UInt8(ascii: ",")) }
        open[last].hasMembers = true
        buffer.append(byte: UInt8(ascii: "\n"))
        buffer.appendSpaces(2 * open.count)
    }

    private mutating func flushIfFull() {
        guard let sink, buffer.count >= Self.pieceSize else { return }
        sink(buffer.text)
        buffer.removeAll()
    }
}
