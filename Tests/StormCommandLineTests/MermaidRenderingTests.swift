import Foundation
import Testing

/// Every Mermaid picture Storm writes is read by Mermaid itself (through `mermaidx`): the committed
/// diagrams in `Generated/`, the context maps of the review documents, and what the built `stormc map`
/// prints with frames, events and hostile text.
@Suite struct MermaidRenderingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A model whose hotspots hold text that tries to break out of Mermaid labels.
    static let hostile = #"""
    context Fahrtenbuch {
      command Start emits Started
      event Started
      hotspot "say \"hi\" & 'bye' <script>alert(1)</script> ]]> <!-- end; classDef x fill:red"
      hotspot "%%{init: {}}%% #quot; #35; &amp; |x| {a} (b) [c] 運行 Ωμέγα 🚗"
    }
    context end {
      read model Log from Fahrtenbuch.Started { count: Int }
    }
    context map M { Fahrtenbuch -> end }
    """#

    /// The Mermaid blocks of a Markdown document.
    static func mermaidBlocks(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "```mermaid\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
    }

    @Test func theRendererReportsWhatMermaidCannotRead() throws {
        guard Mermaidx.available() else { return }
        let renderings = try Mermaidx.render([("fine", "flowchart LR\n    a --> b\n"), ("broken", "flowchart LR\n    a -->[b\n")])
        #expect(renderings.map(\.name) == ["fine", "broken"])
        #expect(renderings.first?.error == nil && renderings.last?.error?.contains("Parse error") == true, "\(renderings.map(\.error))")
    }

    @Test func everyMermaidPictureRendersWithoutAnError() throws {
        guard Mermaidx.available(), let stormc = CommandLineTestSupport.executable() else { return }
        let generated = Self.root.appendingPathComponent("Generated")
        // The models' folders; `Generated/Mesh/` holds the map of the mesh they make together.
        let models = try FileManager.default.contentsOfDirectory(atPath: generated.path).filter { !$0.hasPrefix(".") && $0 != "Mesh" }.sorted()
        var diagrams: [(name: String, source: String)] = []
        for model in models {
            let folder = generated.appendingPathComponent(model).appendingPathComponent("Diagrams")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".mmd") {
                diagrams.append(("Generated/\(model)/Diagrams/\(file)", try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
            }
            let review = try String(contentsOf: generated.appendingPathComponent(model).appendingPathComponent("Review.md"), encoding: .utf8)
            let blocks = Self.mermaidBlocks(review)
            #expect(blocks.count == 1, "Generated/\(model)/Review.md has its context map")
            diagrams += blocks.enumerated().map { ("Generated/\(model)/Review.md block \($0 + 1)", $1) }
        }
        #expect(diagrams.filter { $0.name.hasSuffix(".mmd") }.count >= 3 * models.count, "every view of every model")
        let mesh = generated.appendingPathComponent("Mesh/Diagrams/mesh.mmd")
        diagrams.append(("Generated/Mesh/Diagrams/mesh.mmd", try String(contentsOf: mesh, encoding: .utf8)))

        let environment = ["PATH": "/usr/bin:/bin"]
        for model in models {
            for cluster in ["team", "domain"] {
                let map = try CommandLineTestSupport.process(stormc, ["map", "Models/\(model)", "--format", "mermaid", "--show-events", "--cluster", cluster],
                                                             in: Self.root.path, environment: environment)
                #expect(map.status == 0, "\(map.error)")
                diagrams.append(("stormc map \(model) --show-events --cluster \(cluster)", map.out))
            }
        }
        let folder = try temporaryFolder(["Hostile/model.storm": Self.hostile])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for view in [["--view", "big-picture"], ["--view", "flow", "--context", "Fahrtenbuch"], ["--show-events"]] {
            let map = try CommandLineTestSupport.process(stormc, ["map", "Hostile", "--format", "mermaid"] + view, in: folder, environment: environment)
            #expect(map.status == 0, "\(map.error)")
            diagrams.append(("stormc map Hostile \(view.joined(separator: " "))", map.out))
        }

        // The same text renders the same way: each distinct picture once (a review shows the context map as generated).
        var seen = Set<String>()
        let distinct = diagrams.filter { seen.insert($0.source.split(separator: "\n").filter { !$0.hasPrefix("%%") }.joined(separator: "\n")).inserted }
        let renderings = try Mermaidx.render(distinct)
        #expect(renderings.map(\.name) == distinct.map(\.name))
        for rendering in renderings {
            #expect(rendering.error == nil, "\(rendering.name): \(rendering.error ?? "")")
            // A lifecycle is a state diagram, without a legend.
            if rendering.name.contains("/lifecycle-") {
                #expect(rendering.svg.hasPrefix("<svg") && rendering.svg.contains("statediagram"), "\(rendering.name)")
                continue
            }
            #expect(rendering.svg.hasPrefix("<svg") && rendering.svg.contains("class=\"flowchart\""), "\(rendering.name)")
            // The legend stands apart from the picture, so no edge is routed through it.
            // (The mesh map has no legend: it is only data products and arrows.)
            #expect(rendering.name.hasPrefix("Generated/Mesh/") || (rendering.frames["picture"] != nil && !rendering.framesOverlap()),
                    "\(rendering.name): \(rendering.frames)")
            if rendering.name.hasSuffix("context-map.mmd"), let picture = rendering.frames["picture"], let legend = rendering.frames["legend"] {
                #expect(legend[3] <= picture[3], "\(rendering.name): the legend is no taller than the map")
            }
        }
        // The hostile texts come out as written, not as markup.
        let hostile = try #require(renderings.first { $0.name == "stormc map Hostile --view big-picture" })
        #expect(hostile.svg.contains("alert(1)&lt;/script&gt;") && !hostile.svg.contains("<script"), "\(hostile.svg)")
    }
}
