import StormModel

/// Text shared by the schema formats.
enum SchemaText {
    /// A declaration's documentation followed by its deprecation notice, or `nil` when both are empty.
    static func description(doc: String, deprecation: Deprecation?) -> String? {
        var parts = doc.isEmpty ? [] : [doc]
        if let deprecation {
            parts.append("Deprecated" + (deprecation.message.map { ": \($0)" } ?? "."))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }
}
