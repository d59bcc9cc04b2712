import Foundation
import StormGenerators
import StormKit
import StormModel
import Testing

/// Renders DOT with the real Graphviz and reads the SVG back: no warnings, well-formed, every context
/// and relationship present, and model text shown exactly as written.
@Suite struct DiagramsRenderingTests {
    /// Every generated view of the model, plus the context map framed by team and by domain with events.
    static func views(of model: Model) throws -> [(name: String, dot: String)] {
        let generated = try DiagramGenerator.generate(model, options: GeneratorOptions()).filter { $0.path.hasSuffix(".dot") }
        let variants = try [DiagramClustering.team, .domain].map { clustering in
            ("context-map.dot", try DiagramGenerator.render(model, diagram: DiagramOptions(clustering: clustering, showEvents: true), language: .dot))
        }
        return generated.map { ($0.path, $0.contents) } + variants
    }

    static func svg(_ dot: String, _ name: String, with graphviz: Graphviz) throws -> DiagramsSVG? {
        let output = try graphviz.render(dot, format: .svg)
        #expect(output.warnings.isEmpty, "dot warned on \(name): \(output.warnings)")
        switch DiagramsSVG.parse(output.image) {
        case .success(let svg): return svg
        case .failure(let error):
            Issue.record("the SVG of \(name) is not well-formed XML: \(error)")
            return nil
        }
    }

    /// The contexts a view must show, and on the context map an edge per relationship with its id.
    static func expectShows(_ model: Model, in svg: DiagramsSVG, view name: String) {
        // The team map shows teams, not contexts, and an edge per team relationship.
        if name == "teams.dot" {
            for team in model.teams { #expect(svg.texts.contains(team.name), "\(model.name) \(name) does not show \(team.name)") }
            let edges = svg.groups.filter { $0.kind == "edge" && $0.id.hasPrefix("team-relationship-") }
            #expect(edges.count == model.contextMaps.reduce(0) { $0 + $1.teamRelationships.count }, "\(model.name): \(edges.map(\.id))")
            return
        }
        if let context = model.contexts.first(where: { "lifecycle-\($0.name).dot" == name }) {
            // A lifecycle view frames each aggregate with a lifecycle, and shows each of its states.
            for aggregate in context.aggregates {
                guard let lifecycle = aggregate.lifecycle else { continue }
                #expect(svg.texts.contains(aggregate.name), "\(model.name) \(name) does not show \(aggregate.name)")
                #expect(Set(lifecycle.states).isSubset(of: Set(svg.texts)), "\(model.name) \(name) misses a state of \(aggregate.name)")
            }
            return
        }
        let shown = name.hasPrefix("flow-") ? model.contexts.filter { "flow-\($0.name).dot" == name } : model.contexts
        #expect(!shown.isEmpty, "\(name) names no context")
        for context in shown {
            #expect(svg.texts.contains(context.name), "\(model.name) \(name) does not show \(context.name)")
        }
        guard name == "context-map.dot" else { return }
        let edges = svg.groups.filter { $0.kind == "edge" && $0.id.hasPrefix("relationship-") }.map(\.id)
        #expect(edges.sorted() == model.relationships.indices.map { "relationship-\($0 + 1)" }.sorted(), "\(model.name): \(edges)")
    }

    @Test func everyViewOfEveryModelRendersWithoutWarnings() throws {
        guard let graphviz = DiagramsTools.dot() else { return }
        for model in try DiagramsModels.all() + [DiagramsFixtures.insurer] {
            for (name, dot) in try Self.views(of: model) {
                guard let svg = try Self.svg(dot, name, with: graphviz) else { continue }
                Self.expectShows(model, in: svg, view: name)
            }
        }
    }

    @Test func hostileTextRendersAsWrittenWithoutInjectedMarkup() throws {
        guard let graphviz = DiagramsTools.dot() else { return }
        let model = DiagramsFixtures.hostile
        for (name, dot) in try Self.views(of: model) {
            guard let svg = try Self.svg(dot, name, with: graphviz) else { continue }
            Self.expectShows(model, in: svg, view: name)
            #expect(svg.elements.isSubset(of: ["svg", "g", "title", "text", "polygon", "path", "ellipse", "polyline"]), "\(name): \(svg.elements)")
            #expect(!svg.attributeNames.contains { $0.lowercased().hasPrefix("on") }, "\(name): \(svg.attributeNames)")
            #expect(svg.titles.first == FileNames.component(model.name), "\(name)")
            #expect(svg.texts.first == "\(model.name) · " + (name == "context-map.dot" ? "context map" : name == "big-picture.dot" ? "big picture" : "\(name.dropFirst(5).dropLast(4)) · event flow"))
            if name == "big-picture.dot" || name == "flow-Fahrtenbuch.dot" {
                // A control character shows as U+FFFD; everything else exactly as written.
                let expected = DiagramsFixtures.hostileLines.map { $0.replacingOccurrences(of: "\u{7}", with: "\u{FFFD}") }
                for line in expected {
                    #expect(svg.texts.filter { $0 == line }.count == 2, "\(name) does not show \(line) twice: \(svg.texts)")
                }
            }
        }
    }
}
