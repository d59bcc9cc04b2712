/// An event store in memory: streams of events, appended with optimistic concurrency.
///
/// Meant for tests and prototypes: it is a value, so a test owns its store and nothing is shared.
/// A stream is named by a string, usually the aggregate's identity.
public struct InMemoryEventStore<Event> {
    /// Every event appended, with its stream, in the order appended.
    public private(set) var log: [(stream: String, event: Event)] = []
    private var streams: [String: [Event]] = [:]

    /// Creates an empty store.
    public init() {}

    /// The events of `stream`, oldest first; empty for a stream never written.
    public func events(in stream: String) -> [Event] { streams[stream] ?? [] }

    /// The number of events in `stream`.
    public func version(of stream: String) -> Int { streams[stream]?.count ?? 0 }

    /// The names of the streams written, sorted.
    public var streamNames: [String] { streams.keys.sorted() }

    /// Appends `events` to `stream`; when `expectedVersion` is given, only if the stream holds exactly that
    /// many events, so two writers deciding on the same state cannot both succeed.
    public mutating func append(_ events: [Event], to stream: String, expectedVersion: Int? = nil) throws(EventStoreConflict) {
        let actual = version(of: stream)
        if let expectedVersion, expectedVersion != actual {
            throw EventStoreConflict(stream: stream, expectedVersion: expectedVersion, actualVersion: actual)
        }
        streams[stream, default: []].append(contentsOf: events)
        log.append(contentsOf: events.map { (stream, $0) })
    }

    /// Runs `command` against `stream` with `decider`: folds the stream's events into a state, decides,
    /// and appends the resulting events. Returns the new events.
    @discardableResult
    public mutating func execute<D: Decider>(_ command: D.Command, on stream: String, with decider: D) throws -> [Event] where D.Event == Event {
        let history = events(in: stream)
        let new = try decider.handle(command, after: history)
        try append(new, to: stream, expectedVersion: history.count)
        return new
    }
}

extension InMemoryEventStore: Sendable where Event: Sendable {}

/// An append refused because the stream changed since it was read.
public struct EventStoreConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// The stream written to.
    public var stream: String
    /// The version the writer expected.
    public var expectedVersion: Int
    /// The version the stream had.
    public var actualVersion: Int

    /// Creates a conflict.
    public init(stream: String, expectedVersion: Int, actualVersion: Int) {
        self.stream = stream
        self.expectedVersion = expectedVersion
        self.actualVersion = actualVersion
    }

    public var description: String {
        "stream \"\(stream)\" is at version \(actualVersion), expected \(expectedVersion)"
    }
}
