import StormDiagnostics
import StormSyntax

/// "Did you mean" for the habits people bring from other tools (``ForeignSpellings``): each a direct
/// lookup, tried before edit distances, so its cost does not grow with the model.
extension Resolution {
    /// The Storm name for an unknown `name` of the kind `noun`, when a known habit explains it: a type
    /// name of another language (`Boolean` for `Bool`), or a declared name with a kind's suffix or prefix
    /// added or left off (`UserSignedUp` for `UserSignedUpEvent`, and the reverse).
    func habitualName(for name: Name, noun: String) -> String? {
        let kinds: SymbolKinds
        switch noun {
        case "type":
            if let storm = ForeignSpellings.types[name.text] { return storm }
            kinds = SymbolKind.types
        case "event": kinds = [.event]
        case "command": kinds = [.command]
        case "context":
            return ForeignSpellings.affixVariants(of: name.text).first { symbols.contexts[$0] != nil }
        default:
            return nil
        }
        return ForeignSpellings.affixVariants(of: name.text).first { variant in
            symbols.declares(variant, of: kinds)
        }
    }
}
