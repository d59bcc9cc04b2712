import StormDiagnostics
import StormSyntax

extension Resolution {
    /// The minor and patch of an event's semantic version, and its kept previous majors: each below the
    /// event's major and kept once (`invalid-version`), its fields resolved like the event's.
    mutating func resolveVersions(_ syntax: EventSyntax, of event: inout Event, in context: String) {
        if let revision = syntax.revision {
            event.minor = revision.minor
            event.patch = revision.patch
        }
        var kept: Set<Int> = []
        for previous in syntax.previous {
            let number = previous.version.value
            let fields = resolveFields(previous.fields, in: context, owner: "version v\(number) of event `\(syntax.name.text)`")
            if number < 1 || number >= event.version {
                let message = number < 1 ? ModelDiagnostics.invalidVersion(number)
                    : ModelDiagnostics.previousNotBelow(number, event: syntax.name.text, version: event.version)
                diagnostics.error("invalid-version", message, at: previous.version.range)
                continue
            }
            guard kept.insert(number).inserted else {
                diagnostics.error("invalid-version", ModelDiagnostics.previousTwice(number, event: syntax.name.text), at: previous.version.range)
                continue
            }
            event.previous.append(PreviousEventVersion(version: number, fields: fields, range: previous.info.range))
        }
        event.previous.sort { $0.version < $1.version }
    }
}
