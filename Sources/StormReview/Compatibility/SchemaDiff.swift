import StormModel

/// Compares the schemas of two versions of a model by Avro's schema-resolution rules: `stormc diff`.
///
/// Every event, command, value object, entity and enumeration is matched by context, name and kind, and
/// classified (``SchemaChange/Kind``). Then judged under the mode: a breaking change to an event whose
/// version was not bumped is an error, and so is removing an event another context consumed, or a
/// breaking change to a command (commands have no version). Value objects, entities and enumerations
/// are judged through the events and commands that use them; their own entries inform.
public enum SchemaDiff {
    /// Every declaration that changed from `old` to `new`, classified and judged under `mode`.
    public static func compare(old: Model, new: Model, mode: CompatibilityMode = .backward) -> DiffReport {
        let builders = (old: AvroShapeBuilder(model: old), new: AvroShapeBuilder(model: new))
        let before = SchemaDeclaration.all(in: old)
        let after = SchemaDeclaration.all(in: new)
        let beforeByKey = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.key))
        let consumers = ModelFacts(old).flows.filter(\.crossesBoundary)
        var entries: [DeclarationChange] = []

        for declaration in before where !afterKeys.contains(declaration.key) {
            let location = old.sources.location(of: declaration.range)
            let readers = consumers.filter { $0.event == declaration.reference && declaration.kind == .event }
            if readers.isEmpty {
                entries.append(DeclarationChange(kind: declaration.kind, reference: declaration.reference, status: .removed,
                                                 oldVersion: declaration.version, severity: [.event, .command].contains(declaration.kind) ? .warning : .info,
                                                 verdict: "removed", location: location))
            } else {
                let names = readers.map { "`\($0.consumer)` (\(ModelFacts.describe($0.via)))" }
                entries.append(DeclarationChange(kind: .event, reference: declaration.reference, status: .removed, oldVersion: declaration.version,
                                                 severity: .error, verdict: "removed while \(names.joined(separator: ", ")) still consumes it",
                                                 location: location))
            }
        }
        for declaration in after {
            let location = new.sources.location(of: declaration.range)
            guard let previous = beforeByKey[declaration.key] else {
                entries.append(DeclarationChange(kind: declaration.kind, reference: declaration.reference, status: .added,
                                                 newVersion: declaration.version, severity: .info, verdict: "added", location: location))
                continue
            }
            let oldShape = previous.shape(builders.old)
            let newShape = declaration.shape(builders.new)
            let changes = declaration.kind == .enumeration
                ? SymbolChanges.changes(from: previous.cases, to: declaration.cases)
                : FieldChanges(old: builders.old, new: builders.new).changes(from: previous.fields, to: declaration.fields)
            guard !changes.isEmpty || oldShape != newShape || previous.version != declaration.version
                    || (previous.minor, previous.patch) != (declaration.minor, declaration.patch) else { continue }
            let backward = AvroCompatibility.problems(reader: newShape, writer: oldShape)
            let forward = AvroCompatibility.problems(reader: oldShape, writer: newShape)
            let compatibility = Compatibility(backward: backward.isEmpty, forward: forward.isEmpty)
            let (severity, verdict) = judge(declaration, previous, compatibility, mode)
            entries.append(DeclarationChange(kind: declaration.kind, reference: declaration.reference, status: .changed,
                                             oldVersion: previous.version, newVersion: declaration.version, changes: changes,
                                             compatibility: compatibility, backwardProblems: backward, forwardProblems: forward,
                                             severity: severity, verdict: verdict, location: location))
        }
        let order = Dictionary(uniqueKeysWithValues: DeclarationChange.Kind.allCases.enumerated().map { ($1, $0) })
        entries.sort { (order[$0.kind]!, $0.reference) < (order[$1.kind]!, $1.reference) }
        return DiffReport(mode: mode, entries: entries)
    }

    /// The severity and verdict of a changed declaration under the mode.
    private static func judge(_ now: SchemaDeclaration, _ before: SchemaDeclaration, _ compatibility: Compatibility,
                              _ mode: CompatibilityMode) -> (RuleSeverity, String) {
        let breaks = mode.breaks(backward: compatibility.backward, forward: compatibility.forward)
        switch now.kind {
        case .event:
            return SemanticVersionRules.judge(now, before, compatibility, breaks: breaks)
        case .command:
            return breaks ? (.error, "\(compatibility.summary) (commands have no version)") : (.info, compatibility.summary)
        case .valueObject, .entity, .enumeration:
            return breaks ? (.warning, "\(compatibility.summary) (the events and commands that use it are judged with it)") : (.info, compatibility.summary)
        }
    }
}
