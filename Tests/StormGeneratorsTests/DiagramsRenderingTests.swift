import Foundation
import StormGenerators
import StormKit
import StormModel
import Testing

/// Renders DOT with the real Graphviz and reads the SVG back: no warnings, well-formed, every context
/// and relationship present, and model text shown exactly as written.
@Suite struct DiagramsRenderingTests {
    /// Every view of the model as DOT, named.
    static func views(of model: Model) throws -> [(name: String, dot: String)] {
        try DiagramGenerator.generate(model, options: GeneratorOptions()).filter { $0.path.hasSuffix(".dot") }.map { ($0.path, $0.contents) }
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

    @Test func hostileTextRendersAsWrittenWithoutInjectedMarkup() throws {
        guard let graphviz = DiagramsTools.dot() else { return }
        let model = DiagramsFixtures.hostile
        for (name, dot) in try Self.views(of: model) {
            guard let svg = try Self.svg(dot, name, with: graphviz) else { continue }
            #expect(svg.elements.isSubset(of: ["svg", "g", "title", "text", "polygon", "path", "ellipse", "polyline"]), "\(name): \(svg.elements)")
            #expect(!svg.attributeNames.contains { $0.lowercased().hasPrefix("on") }, "\(name): \(svg.attributeNames)")
            #expect(svg.titles.first == FileNames.component(model.name), "\(name)")
            for context in model.contexts where name == "context-map.dot" || name == "big-picture.dot" || name == "flow-\(context.name).dot" {
                #expect(svg.texts.contains(context.name), "\(name) lacks \(context.name)")
            }
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
