import StormModel

/// Documentation and availability attributes of generated declarations.
extension SwiftWriter {
    /// The model's documentation, or `fallback` when the model has none.
    mutating func doc(_ doc: String, fallback: String) {
        self.doc(doc.isEmpty ? fallback : doc)
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
