import Foundation
import StormKit
import StormModel
import StormRuntime
import Testing

/// Every event of every compiled model decodes from JSON built from the model and encodes back to the
/// same JSON, bare and inside a CloudEvents envelope.
struct EventRoundTripTests {
    /// An event type of a compiled model, with the model it was generated from.
    struct Subject {
        var type: any DomainEvent.Type
        var model: Model
        var fields: [Field]
    }

    /// The models, each loaded once for all tests.
    static let loaded: [String: Model] = Dictionary(uniqueKeysWithValues: catalogs.compactMap { entry in
        guard let loaded = try? ModelLoader.load(paths: [repositoryRoot + "/" + entry.folder], name: entry.catalog.modelName) else { return nil }
        return (entry.folder, loaded.model)
    })

    static var models: [(catalog: any ModelCatalog.Type, model: Model)] {
        catalogs.compactMap { entry in loaded[entry.folder].map { (entry.catalog, $0) } }
    }

    /// `<Model> <CloudEvents type>` of every event of every compiled model.
    static var names: [String] {
        models.flatMap { entry in entry.catalog.eventTypes.map { "\(entry.catalog.modelName) \($0.eventType)" } }
    }

    func subject(_ name: String) throws -> Subject {
        for (catalog, model) in Self.models {
            for type in catalog.eventTypes where "\(catalog.modelName) \(type.eventType)" == name {
                let context = try #require(model.context(named: type.contextName))
                let event = try #require(context.event(named: type.eventName))
                return Subject(type: type, model: model, fields: event.fields)
            }
        }
        throw CancellationError()
    }

    func reencode<E: DomainEvent>(_ type: E.Type, _ json: Data) throws -> Data {
        try StormJSON.encoder().encode(StormJSON.decoder().decode(E.self, from: json))
    }

    func reencodeEnvelope<E: DomainEvent>(_ type: E.Type, _ json: Data) throws -> (type: String, json: Data) {
        let decoded = try StormJSON.decoder().decode(CloudEvent<E>.self, from: json)
        return (decoded.type, try StormJSON.encoder().encode(decoded))
    }

    @Test func everyModelEventIsInACatalog() {
        #expect(Self.models.count == catalogs.count, "every model loads")
        for (catalog, model) in Self.models {
            let expected = model.contexts.flatMap { context in
                context.events.map { "\(context.domain.lowercased()).\(context.name.lowercased()).\($0.name).v\($0.version)" }
            }
            #expect(catalog.eventTypes.map { $0.eventType } == expected, "\(catalog.modelName)")
        }
    }

    @Test(arguments: names)
    func roundTripsWithEveryField(name: String) throws {
        let subject = try subject(name)
        let json = try SampleJSON.data(SampleJSON(model: subject.model, full: true).object(subject.fields))
        #expect(try SampleJSON.canonical(reencode(subject.type, json)) == SampleJSON.canonical(json))
    }

    @Test(arguments: names)
    func leavesAbsentOptionalsOutAndFillsDefaults(name: String) throws {
        let subject = try subject(name)
        let json = try SampleJSON.data(SampleJSON(model: subject.model, full: false).object(subject.fields))
        let encoded = try #require(JSONSerialization.jsonObject(with: reencode(subject.type, json)) as? [String: Any])
        #expect(Set(encoded.keys) == Set(subject.fields.filter { !$0.type.isOptional }.map(\.name)))
        #expect(!encoded.values.contains { $0 is NSNull })
    }

    @Test(arguments: names)
    func roundTripsInACloudEvent(name: String) throws {
        let subject = try subject(name)
        let data = SampleJSON(model: subject.model, full: true).object(subject.fields)
        let envelope = try SampleJSON.data([
            "specversion": "1.0", "id": "e-1", "source": "/test", "type": subject.type.eventType,
            "time": "2026-11-29T10:15:30.123Z", "datacontenttype": "application/json", "data": data,
        ] as [String: Any])
        let result = try reencodeEnvelope(subject.type, envelope)
        #expect(result.type == subject.type.eventType)
        #expect(try SampleJSON.canonical(result.json) == SampleJSON.canonical(envelope))
    }
}
