import StormSource

/// A previous major version of an event, kept while its consumers migrate (`was v1 { … }`): its schemas
/// are generated beside the current major's, with an upcaster to the current major.
public struct PreviousEventVersion: Sendable, Hashable {
    /// The major version, below the event's.
    public var version: Int
    public var fields: [Field]
    public var range: SourceRange
    public init(version: Int, fields: [Field], range: SourceRange) {
        self.version = version
        self.fields = fields
        self.range = range
    }
}

extension Event {
    /// The version as written, without the `v`: `2`, `2.1` or `2.1.0`.
    public var versionText: String {
        "\(version)" + (minor.map { ".\($0)" } ?? "") + (patch.map { ".\($0)" } ?? "")
    }

    /// The whole semantic version, minor and patch 0 when not written: `2.1.0`.
    public var semanticVersion: String { "\(version).\(minor ?? 0).\(patch ?? 0)" }
}

extension Event {
    /// Whether a minor or patch is written (`v2.1`): only then do the outputs show the semantic version.
    public var hasRevision: Bool { minor != nil || patch != nil }

    /// The event at its kept previous major: that version's fields, deprecated as superseded by this one,
    /// with no minor, patch or previous majors of its own.
    public func atPreviousMajor(_ previous: PreviousEventVersion) -> Event {
        var event = Event(name: name, doc: doc, version: previous.version, fields: previous.fields, emittedBy: emittedBy,
                          deprecation: Deprecation(message: "superseded by v\(version)"), range: previous.range)
        event.supersededBy = version
        return event
    }

    /// Every major that has schemas: the kept previous majors, oldest first, then the event itself.
    public var majors: [Event] { previous.map(atPreviousMajor) + [self] }

    /// The highest semantic version of `events` (`2.1.0`), or `1.0.0` when there are none.
    public static func highestSemanticVersion(of events: [Event]) -> String {
        let highest = events.max { ($0.version, $0.minor ?? 0, $0.patch ?? 0) < ($1.version, $1.minor ?? 0, $1.patch ?? 0) }
        return highest?.semanticVersion ?? "1.0.0"
    }
}

extension Collection<Event> {
    /// Every major of these events that has schemas (``Event/majors``), event after event, gathered in one
    /// array: most events keep no previous major, and an array per event cost two allocations and copies.
    public var majors: [Event] {
        var majors: [Event] = []
        majors.reserveCapacity(count)
        for event in self {
            for previous in event.previous { majors.append(event.atPreviousMajor(previous)) }
            majors.append(event)
        }
        return majors
    }
}
