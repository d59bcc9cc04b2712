import StormDiagnostics
import StormKit
import StormSource
import StormSyntax
import Testing
@testable import storm_bench

/// The synthetic `.storm` model is a valid, clean, canonically formatted Storm model of the requested size.
struct StormRendererTests {
    /// Sizes that cover one partial context, several contexts, inline and spread events.
    static let shapes: [(events: Int, fields: Int)] = [(1, 1), (30, 2), (250, 8), (205, 20)]

    @Test(arguments: shapes)
    func checksWithoutDiagnostics(events: Int, fields: Int) {
        let text = StormRenderer.render(SyntheticModel(events: events, fields: fields))
        let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", text: text)], name: "Synthetic")
        #expect(loaded.diagnostics.all.map(\.message) == [])
        #expect(loaded.model.contexts.count == (events + 99) / 100)
        #expect(loaded.model.contexts.map(\.events.count).reduce(0, +) == events)
        #expect(loaded.model.contexts.allSatisfy { $0.events.allSatisfy { $0.fields.count == fields } })
    }

    @Test(arguments: shapes)
    func isInCanonicalLayout(events: Int, fields: Int) {
        let text = StormRenderer.render(SyntheticModel(events: events, fields: fields))
        var diagnostics = DiagnosticList()
        let formatted = StormFormatter.format(SourceFile(path: "model.storm", text: text), id: FileID(0), diagnostics: &diagnostics)
        #expect(formatted == text)
    }

    @Test func crossesContextsAlongTheMap() {
        let text = StormRenderer.render(SyntheticModel(events: 500, fields: 8))
        let model = ModelLoader.load(sources: [SourceFile(path: "model.storm", text: text)], name: "Synthetic").model
        #expect(model.crossContextFlows.count == 4)
        let relationships = Set(model.relationships.map { "\($0.upstream ?? "")->\($0.downstream ?? "")" })
        for flow in model.crossContextFlows {
            #expect(relationships.contains("\(flow.producer)->\(flow.consumer)"))
        }
    }

    @Test func isDeterministicAndAboutFourMegabytesAt20kEvents() {
        let first = StormRenderer.render(SyntheticModel(events: 20_000, fields: 8))
        let second = StormRenderer.render(SyntheticModel(events: 20_000, fields: 8))
        #expect(first == second)
        #expect((3_500_000...5_000_000).contains(first.utf8.count))
    }
}
