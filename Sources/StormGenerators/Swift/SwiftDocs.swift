import StormModel

/// Documentation and availability attributes of generated declarations.
extension SwiftWriter {
    /// The model's documentation, or `fallback` when the model has none.
    mutating func doc(_ doc: String, fallback: String) {
        self.doc(doc.isEmpty ? fallback : doc)
    }

    /// The model's documentation as a `///` comment, or, when it has none, one `///` line of the pieces
    /// (which are written without building the text first).
    mutating func doc(_ doc: String, or p1: SwiftText, _ p2: SwiftText = "", _ p3: SwiftText = "", _ p4: SwiftText = "", _ p5: SwiftText = "") {
        if doc.isEmpty {
            line("/// ", p1, p2, p3, p4, p5)
        } else {
            self.doc(doc)
        }
    }

    /// The model's documentation as a `///` comment, or one `///` line of the pieces.
    @_disfavoredOverload
    mutating func doc(_ doc: String, or p1: String, _ p2: String = "", _ p3: String = "", _ p4: String = "", _ p5: String = "") {
        if doc.isEmpty {
            line("/// ", p1, p2, p3, p4, p5)
        } else {
            self.doc(doc)
        }
    }

    /// `@available(*, deprecated, message: …)` for a deprecated declaration.
    mutating func deprecation(_ deprecation: Deprecation?) {
        guard let deprecation else { return }
        if let message = deprecation.message, !message.isEmpty {
            line("@available(*, deprecated, message: \(SwiftIdentifier.stringLiteral(message)))")
        } else {
            line("@available(*, deprecated)")
        }
    }

    /// `@available(*, deprecated)` on a declaration that uses deprecated ones, so that generated code
    /// compiles without warnings; users of it are warned as they should be.
    mutating func deprecated(if condition: Bool) {
        if condition { line("@available(*, deprecated)") }
    }
}
