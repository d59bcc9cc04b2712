import StormRuntime
import Testing

struct InMemoryEventStoreTests {
    @Test func executesCommandsAgainstStreams() throws {
        var store = InMemoryEventStore<TurnstileEvent>()
        try store.execute(.pay(2), on: "gate-1", with: TurnstileDecider())
        try store.execute(.push, on: "gate-1", with: TurnstileDecider())
        #expect(store.events(in: "gate-1") == [.unlocked(Unlocked(fare: 2)), .passed(Passed())])
        #expect(throws: TurnstileRefusal.self) { try store.execute(.push, on: "gate-2", with: TurnstileDecider()) }
        #expect(store.version(of: "gate-2") == 0)
        #expect(store.streamNames == ["gate-1"])
        #expect(store.log.map(\.stream) == ["gate-1", "gate-1"])
    }

    @Test func refusesAnAppendAtAStaleVersion() throws {
        var store = InMemoryEventStore<TurnstileEvent>()
        try store.append([.passed(Passed())], to: "s", expectedVersion: 0)
        #expect(throws: EventStoreConflict(stream: "s", expectedVersion: 0, actualVersion: 1)) {
            try store.append([.passed(Passed())], to: "s", expectedVersion: 0)
        }
        #expect(store.version(of: "s") == 1)
    }
}
