import Foundation
import StormSupport

/// A small printer for Swift source: lines, indentation applied at line start, blocks and doc comments.
///
/// A line is written in pieces straight into one growing byte buffer (`out.line("public var ", name, ": ", type)`),
/// so printing builds no `String` per line: the Swift files of a large model run to megabytes, and building and
/// joining strings used to take most of the generator's time. Pieces are `String`s, or, where the same text
/// is written again and again (the names of a record's fields), ``SwiftText``: literal text, or text the
/// writer keeps (``keep(_:)``), both copied without touching a `String`. The writer owns its buffers, so
/// it cannot be copied; pass it `inout`.
struct SwiftWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Text kept by ``keep(_:)``, which ``SwiftText`` pieces refer to by offset.
    private var kept: UnsafeMutablePointer<UInt8>
    private var keptCount = 0
    private var keptCapacity = 16_384
    /// Indentation levels, four spaces each.
    private var depth = 0
    /// Where the line being written starts, and where its text starts after the indentation.
    private var lineStart = 0
    private var textStart = 0

    /// An empty writer; `capacity` is a hint of the final size in bytes.
    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        kept = malloc(keptCapacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        free(base)
        free(kept)
    }

    /// The text written so far.
    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// Hands the text written over, without copying it (a generated file's contents).
    consuming func finish() -> WrittenText {
        let text = WrittenText(takingOver: base, count: count, capacity: capacity)
        free(kept)
        discard self
        return text
    }

    /// How many bytes were written so far: compared before and after a call, whether it wrote anything.
    var byteCount: Int { count }

    // MARK: Lines

    /// Appends one line at the current indentation, made of the pieces one after another; an empty line
    /// stays empty. Lines of more pieces are written with ``startLine()``, `write` and ``endLine()``.
    ///
    /// Disfavoured, so that a line of literals only takes the ``SwiftText`` overload, whose literals are
    /// copied without touching a `String`.
    @_disfavoredOverload
    mutating func line(_ p1: String = "", _ p2: String = "", _ p3: String = "", _ p4: String = "",
                       _ p5: String = "", _ p6: String = "", _ p7: String = "", _ p8: String = "") {
        startLine()
        write(p1, p2, p3, p4, p5, p6)
        append(p7)
        append(p8)
        endLine()
    }

    /// Appends one line at the current indentation, made of the pieces one after another. Inlined, so
    /// that the pieces a call leaves out, and the lengths of its literals, cost nothing.
    @inline(__always)
    mutating func line(_ p1: SwiftText, _ p2: SwiftText = "", _ p3: SwiftText = "", _ p4: SwiftText = "",
                       _ p5: SwiftText = "", _ p6: SwiftText = "", _ p7: SwiftText = "", _ p8: SwiftText = "") {
        startLine()
        write(p1, p2, p3, p4, p5, p6)
        append(p7)
        append(p8)
        endLine()
    }

    /// Starts a line at the current indentation, continued by `write` and ended by ``endLine()``.
    mutating func startLine() {
        lineStart = count
        let width = depth * 4
        reserve(width + 8)
        // Eight spaces at a time; the buffer has room for the overshoot, which the next bytes overwrite.
        var offset = 0
        while offset < width {
            UnsafeMutableRawPointer(base + count + offset).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
            offset += 8
        }
        count += width
        textStart = count
    }

    /// Appends the pieces to the line being written (disfavoured, as `line` is).
    @_disfavoredOverload
    mutating func write(_ p1: String, _ p2: String = "", _ p3: String = "", _ p4: String = "", _ p5: String = "", _ p6: String = "") {
        append(p1)
        append(p2)
        append(p3)
        append(p4)
        append(p5)
        append(p6)
    }

    /// Appends the pieces to the line being written (inlined, as `line` is).
    @inline(__always)
    mutating func write(_ p1: SwiftText, _ p2: SwiftText = "", _ p3: SwiftText = "", _ p4: SwiftText = "",
                        _ p5: SwiftText = "", _ p6: SwiftText = "") {
        append(p1)
        append(p2)
        append(p3)
        append(p4)
        append(p5)
        append(p6)
    }

    /// Appends `items` to the line being written, `separator` between them, each written by `item`.
    mutating func list<T, E: Error>(_ items: [T], separator: SwiftText = ", ",
                                    _ item: (inout SwiftWriter, T) throws(E) -> Void) throws(E) {
        for index in items.indices {
            if index != items.startIndex { append(separator) }
            try item(&self, items[index])
        }
    }

    /// Ends the line being written; a line with nothing after its indentation stays empty.
    mutating func endLine() {
        if count == textStart { count = lineStart }
        reserve(1)
        base[count] = 0x0A
        count += 1
    }

    // MARK: Blocks

    /// Appends lines indented one level deeper.
    mutating func indented<E: Error>(_ body: (inout SwiftWriter) throws(E) -> Void) throws(E) {
        depth += 1
        defer { depth -= 1 }
        try body(&self)
    }

    /// The header's pieces and ` {`, the body indented, `}`.
    mutating func block<E: Error>(_ p1: String, _ p2: String = "", _ p3: String = "", _ p4: String = "", _ p5: String = "",
                                  _ body: (inout SwiftWriter) throws(E) -> Void) throws(E) {
        open(p1, p2, p3, p4, p5)
        try body(&self)
        close()
    }

    /// The header's pieces and ` {`, then lines indented one level deeper until ``close()``: a block
    /// whose body is written in place, where ``block(_:_:_:_:_:_:)`` would need a closure.
    @_disfavoredOverload
    mutating func open(_ p1: String, _ p2: String = "", _ p3: String = "", _ p4: String = "", _ p5: String = "") {
        line(p1, p2, p3, p4, p5, " {")
        depth += 1
    }

    /// The header's pieces and ` {`, then lines indented one level deeper until ``close()``.
    mutating func open(_ p1: SwiftText, _ p2: SwiftText = "", _ p3: SwiftText = "", _ p4: SwiftText = "", _ p5: SwiftText = "") {
        line(p1, p2, p3, p4, p5, " {")
        depth += 1
    }

    /// Ends the innermost block that ``open(_:_:_:_:_:)`` started: `}` one level less indented.
    mutating func close() {
        depth -= 1
        line("}")
    }

    /// `switch subject {`, the cases at the same indentation, `}`.
    mutating func switchBlock(_ subject: String, _ cases: [String]) {
        line("switch ", subject, " {")
        for item in cases { line(item) }
        line("}")
    }

    // MARK: Swift text

    /// Appends a Swift string literal of the pieces joined (`"…"`), escaped as needed.
    mutating func writeStringLiteral(_ p1: String, _ p2: String = "", _ p3: String = "", _ p4: String = "") {
        func plain(_ piece: String) -> Bool { piece.isEmpty || SwiftIdentifier.isPlainLiteral(piece) }
        if plain(p1), plain(p2), plain(p3), plain(p4) {
            write("\"")
            write(p1, p2, p3, p4)
            write("\"")
        } else {
            write(SwiftIdentifier.stringLiteral(p1 + p2 + p3 + p4))
        }
    }

    /// A `///` comment of every line of `doc`; nothing for empty text.
    ///
    /// The text is split at every kind of line break (`\n`, `\r`, `\r\n`, U+0085, U+2028, U+2029, vertical
    /// tab, form feed), since Swift ends a comment at a lone `\r` too; other control characters, NUL among
    /// them, become U+FFFD, so the comment always ends where the writer ends it.
    mutating func doc(_ doc: String) {
        guard !doc.isEmpty else { return }
        // Plain: printable ASCII or UTF-8 that starts no C1 control (0xC2 0x80-0x9F) nor U+2028/U+2029 (0xE2).
        let plain = doc.utf8.withContiguousStorageIfAvailable {
            !$0.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 } && $0.last != 0x20
        }
        if plain == true { return line("/// ", doc) }
        for docLine in doc.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let visible = String(String.UnicodeScalarView(docLine.unicodeScalars.map { scalar -> Unicode.Scalar in
                scalar != "\t" && scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar
            }))
            let trimmed = Substring(visible).trimmingTrailingSpaces()
            trimmed.isEmpty ? line("///") : line("/// ", trimmed)
        }
    }

    // MARK: Kept text

    /// Keeps a copy of `text` for the life of the writer, as a piece that is written without touching a
    /// `String` again: for text written many times, such as a field's name.
    mutating func keep(_ text: String) -> SwiftText {
        let start = keptCount
        if text.utf8.withContiguousStorageIfAvailable({ keep($0) }) == nil { Array(text.utf8).withUnsafeBufferPointer { keep($0) } }
        return SwiftText(keptAt: start, count: keptCount - start)
    }

    private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>) {
        if keptCount + bytes.count > keptCapacity {
            while keptCapacity < keptCount + bytes.count { keptCapacity *= 2 }
            kept = realloc(kept, keptCapacity)!.assumingMemoryBound(to: UInt8.self)
        }
        if let source = bytes.baseAddress { (kept + keptCount).update(from: source, count: bytes.count) }
        keptCount += bytes.count
    }

    /// Keeps a Swift string literal of the pieces joined (`"…"`, escaped as needed), as ``keep(_:)`` keeps text.
    mutating func keepStringLiteral(_ p1: String, _ p2: String = "", _ p3: String = "", _ p4: String = "") -> SwiftText {
        // Kept text is contiguous, so the pieces kept one after another make one piece; checked once kept.
        let start = keptCount
        _ = (keep("\""), keep(p1), keep(p2), keep(p3), keep(p4), keep("\""))
        let text = UnsafeBufferPointer<UInt8>(start: kept + start + 1, count: keptCount - start - 2)
        if SwiftIdentifier.isPlainLiteral(text) { return SwiftText(keptAt: start, count: keptCount - start) }
        keptCount = start
        return keep(SwiftIdentifier.stringLiteral(p1 + p2 + p3 + p4))
    }

    // MARK: Bytes

    /// Copies the UTF-8 of `piece` to the end of the buffer. Most pieces are empty (the defaults of
    /// `line` and `write`), so that case is handled without a call.
    @inline(__always)
    private mutating func append(_ piece: String) {
        if !piece.isEmpty { appendText(piece) }
    }

    @inline(never)
    private mutating func appendText(_ piece: String) {
        if piece.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            let bytes = Array(piece.utf8)
            bytes.withUnsafeBufferPointer { append($0) }
        }
    }

    @inline(__always)
    private mutating func append(_ piece: SwiftText) {
        guard piece.count > 0 else { return }
        let start = piece.literal ?? UnsafePointer(kept + piece.keptOffset)
        append(UnsafeBufferPointer(start: start, count: piece.count))
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let length = bytes.count
        reserve(length)
        let source = UnsafeRawPointer(bytes.baseAddress!), target = UnsafeMutableRawPointer(base + count)
        // Short copies as two overlapping loads and stores, rather than a call to `memcpy`.
        if length >= 8, length <= 16 {
            let head = source.loadUnaligned(as: UInt64.self), tail = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4, length < 8 {
            let head = source.loadUnaligned(as: UInt32.self), tail = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
        } else if length < 4 {
            for offset in 0..<length {
                target.storeBytes(of: source.load(fromByteOffset: offset, as: UInt8.self), toByteOffset: offset, as: UInt8.self)
            }
        } else {
            target.copyMemory(from: source, byteCount: length)
        }
        count += length
    }

    /// Room for `extra` more bytes, doubling the buffer as needed.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        while capacity < needed { capacity *= 2 }
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }
}

/// A piece of a line for ``SwiftWriter``: literal program text, or text the writer keeps
/// (``SwiftWriter/keep(_:)``). Copying one costs nothing, and writing one copies bytes only.
struct SwiftText: ExpressibleByStringLiteral {
    /// The bytes of a literal, which live as long as the program.
    fileprivate let literal: UnsafePointer<UInt8>?
    /// Where kept text starts in the writer that kept it.
    fileprivate let keptOffset: Int
    fileprivate let count: Int

    init(stringLiteral value: StaticString) {
        literal = value.utf8Start
        keptOffset = 0
        count = value.utf8CodeUnitCount
    }

    fileprivate init(keptAt offset: Int, count: Int) {
        literal = nil
        keptOffset = offset
        self.count = count
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" || self[index(before: end)] == "\r" {
            end = index(before: end)
        }
        return String(self[startIndex..<end])
    }
}
