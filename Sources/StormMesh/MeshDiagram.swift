import StormGenerators

/// The mesh drawn: each domain a frame holding its data products, an arrow for each lineage edge
/// (output port → input port). Graphviz DOT and Mermaid, the same bytes on every run.
public enum MeshDiagram {
    /// The mesh as Graphviz DOT.
    public static func dot(_ mesh: Mesh) -> String {
        var out = "// The mesh of \(mesh.domains.count) domains, drawn by stormc mesh. Do not edit.\n"
        out += "digraph mesh {\n"
        out += "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.4, ranksep=0.8]\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\", color=\"#495057\", fontname=\"Helvetica\", fontsize=11]\n"
        out += "  edge [color=\"#495057\", fontname=\"Helvetica\", fontsize=9]\n"
        for (d, domain) in mesh.domains.enumerated() {
            out += "  subgraph \(DOTEscaping.quoted("cluster_\(d)")) {\n"
            out += "    label=\(DOTEscaping.quoted("\(domain.name)\(domain.model == nil ? " (interface)" : "")"))\n"
            out += "    style=\"rounded\"\n    color=\"#868E96\"\n"
            if domain.products.isEmpty {
                out += "    \(DOTEscaping.quoted("d\(d)")) [label=\(DOTEscaping.quoted("no data products")), style=\"dashed\"]\n"
            }
            for (p, product) in domain.products.enumerated() {
                var second = product.context
                if let owner = product.owner { second += " · team " + owner }
                let label = "<B>\(DOTEscaping.html(product.name))</B><BR/><FONT POINT-SIZE=\"9\">\(DOTEscaping.html(second))</FONT>"
                out += "    \(DOTEscaping.quoted("d\(d)p\(p)")) [label=<\(label)>]\n"
            }
            out += "  }\n"
        }
        for edge in mesh.lineage() {
            let style = edge.from.domain == edge.to.domain ? "" : ", penwidth=1.6"
            out += "  \(DOTEscaping.quoted("d\(edge.from.domain)p\(edge.from.product)")) -> \(DOTEscaping.quoted("d\(edge.to.domain)p\(edge.to.product)"))"
            out += " [label=\(DOTEscaping.quoted(edge.outputPort + " → " + edge.inputPort))\(style)]\n"
        }
        return out + "}\n"
    }

    /// The mesh as a Mermaid flowchart.
    public static func mermaid(_ mesh: Mesh) -> String {
        var out = "%% The mesh of \(mesh.domains.count) domains, drawn by stormc mesh. Do not edit.\n"
        out += "flowchart LR\n"
        for (d, domain) in mesh.domains.enumerated() {
            out += "  subgraph d\(d)[\"\(MermaidEscaping.text(domain.name + (domain.model == nil ? " (interface)" : "")))\"]\n"
            if domain.products.isEmpty {
                out += "    d\(d)none[\"no data products\"]\n"
            }
            for (p, product) in domain.products.enumerated() {
                var second = product.context
                if let owner = product.owner { second += " · team " + owner }
                out += "    d\(d)p\(p)[\"\(MermaidEscaping.text(product.name))<br/>\(MermaidEscaping.text(second))\"]\n"
            }
            out += "  end\n"
        }
        for edge in mesh.lineage() {
            let label = MermaidEscaping.text(edge.outputPort + " → " + edge.inputPort)
            out += "  d\(edge.from.domain)p\(edge.from.product) -->|\"\(label)\"| d\(edge.to.domain)p\(edge.to.product)\n"
        }
        return out
    }
}
