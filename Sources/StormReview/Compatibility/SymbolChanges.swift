/// The changes between an enumeration's cases in two models. In Avro an enumeration's default symbol
/// (its first case, as `stormc generate avro` writes it) is what a reader falls back to for a symbol it
/// does not know, so adding and removing symbols stays compatible while both versions have one.
enum SymbolChanges {
    static func changes(from old: [String], to new: [String]) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        for symbol in new where !old.contains(symbol) {
            let fallback = old.first
            changes.append(SchemaChange(.symbolAdded, symbol, fallback.map { "old readers read it as `\($0)`" } ?? "old readers have no default symbol",
                                        Compatibility(backward: true, forward: fallback != nil)))
        }
        for symbol in old where !new.contains(symbol) {
            let fallback = new.first
            changes.append(SchemaChange(.symbolRemoved, symbol, fallback.map { "new readers read it as `\($0)`" } ?? "new readers have no default symbol",
                                        Compatibility(backward: fallback != nil, forward: true)))
        }
        if let was = old.first, let now = new.first, was != now {
            changes.append(SchemaChange(.defaultSymbolChanged, now, "`\(was)` → `\(now)`", .full))
        }
        return changes
    }
}
