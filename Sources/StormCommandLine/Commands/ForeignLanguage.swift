/// The language that `stormc import` and `stormc export` take as their first word: Context Mapper's `cml`.
enum ForeignLanguage {
    /// Removes the language word from the front of `positionals`; a usage error unless it is `cml`.
    static func take(from positionals: inout [String], verb: String) throws(UsageError) {
        guard positionals.first == "cml" else {
            throw UsageError(positionals.isEmpty ? "missing the language to \(verb): `cml`" : "cannot \(verb) `\(positionals[0])`: only `cml` is supported")
        }
        positionals.removeFirst()
    }
}
