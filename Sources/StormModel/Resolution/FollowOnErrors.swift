import StormDiagnostics
import StormSyntax

/// Errors caused by an earlier error are not reported: one mistake, one error, at its cause.
extension Resolution {
    /// The names of declarations that the parser began but could not finish (it reported why).
    static func unfinishedNames(in files: [FileSyntax]) -> Set<String> {
        var names = Set<String>()
        for file in files { for name in file.unfinished { names.insert(name.text) } }
        return names
    }

    /// Whether an unknown `name` is explained by an earlier syntax error: it names a declaration (a
    /// context, a type, an event, …) that failed to parse, so reporting it would repeat that error.
    func isFollowOn(_ name: Name) -> Bool {
        !unfinished.isEmpty && unfinished.contains(name.text)
    }

    /// Whether a problem with a value of `type` is explained by an earlier syntax error: the type is (or
    /// holds) an enumeration whose cases failed to parse, so a default naming a case cannot be checked.
    func isFollowOn(_ type: TypeReference) -> Bool {
        guard !unfinished.isEmpty else { return false }
        switch type {
        case .enumeration(let reference): return unfinished.contains(reference.name)
        case .list(let inner), .map(let inner), .optional(let inner): return isFollowOn(inner)
        case .primitive, .identifier, .valueObject, .entity: return false
        }
    }
}
