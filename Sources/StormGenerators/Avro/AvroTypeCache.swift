import StormModel
import StormSupport

/// The named types (records, enums) ``AvroTypes`` has written out in one context's schemas, kept for the
/// next schema of that context: every event of a context names the same value objects and enumerations,
/// and building each again per event cost as much as writing the schemas.
///
/// A named type is written out whole where a schema first uses it and by name after, so what it looks like
/// depends on what the schema defined before. An entry is kept only when it was written out whole with
/// every named type inside it, and used only when none of those is defined yet in the schema at hand: then
/// the schema gets exactly what building it again would give. Not shared between threads: a context's
/// files are made on one.
final class AvroTypeCache {
    /// A named type written out whole: its schema and the full names of the types it defines, its own first.
    /// An identifier's is its raw type, which defines nothing.
    struct Entry {
        var schema: JSON
        var defines: [String]
    }

    var entries: [TypeReference: Entry] = [:]
}
