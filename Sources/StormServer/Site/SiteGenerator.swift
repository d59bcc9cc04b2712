import Foundation
import StormGenerators
import StormKit
import StormModel
import StormSupport

/// `stormc generate site`: the model as static pages for any static host or `file://`: an index with
/// the context map, a page per domain, team, bounded context, event (linking its JSON Schema, Avro and
/// AsyncAPI files) and data product (linking its ODCS contracts), pictures from Graphviz, and
/// client-side search. No network, no CDN. Its pictures depend on the installed
/// Graphviz, so the site is never part of the committed `Generated/`.
public enum SiteGenerator {
    /// The site's files (path in the site, contents). Without Graphviz the pages say how to install it.
    /// `mesh`, the DOT drawing of the mesh the model is part of (it and the domains it uses), adds that
    /// picture to the index.
    public static func generate(_ model: Model, graphviz: Graphviz?, mesh: String? = nil) -> [GeneratedFile] {
        let json = ModelExport.json(model)
        let name = model.name
        var files: [GeneratedFile] = []
        var searchIndex: [JSON] = []
        func page(_ file: String, _ title: String, kind: String, _ body: (inout SitePage) -> Void) {
            var page = SitePage()
            body(&page)
            files.append(GeneratedFile(path: file, contents: page.document(title: title, model: name)))
            searchIndex.append(.object(["name": .string(title), "kind": .string(kind), "file": .string(file)]))
        }
        func picture(_ file: String, _ options: DiagramOptions, into page: inout SitePage) {
            guard let graphviz else {
                page.text("p", "No picture: install Graphviz (`apt-get install graphviz`, `brew install graphviz`) and generate the site again.", className: "none")
                return
            }
            guard let dot = try? DiagramGenerator.render(model, diagram: options, language: .dot),
                  let svg = try? graphviz.render(dot, format: .svg) else { return }
            files.append(GeneratedFile(path: file, contents: String(decoding: svg.image, as: UTF8.self)))
            page.raw("<p class=\"picture\"><img src=\"\(SitePage.href(file))\" alt=\"\"></p>\n")
        }
        let contexts = json["contexts"].elements
        let consumers = Self.consumers(contexts)
        let schemas = SiteSchemas(model)
        files += schemas.files

        page("index.html", name, kind: "model") { page in
            page.text("h1", name)
            picture("context-map.svg", DiagramOptions(), into: &page)
            page.text("h2", "Domains")
            page.list(json["domains"].elements.map { ($0["name"].text ?? "", "domain-\($0["name"].text ?? "").html") })
            page.text("h2", "Teams")
            page.list(json["teams"].elements.map { ($0["name"].text ?? "", "team-\($0["name"].text ?? "").html") })
            page.text("h2", "Bounded contexts")
            page.list(contexts.map { ($0["name"].text ?? "", "context-\($0["name"].text ?? "").html") })
            if let mesh {
                page.text("h2", "The mesh")
                page.text("p", "The data products of this domain and of the domains it uses, and which output port feeds which input port.")
                if let graphviz, let svg = try? graphviz.render(mesh, format: .svg) {
                    files.append(GeneratedFile(path: "mesh.svg", contents: String(decoding: svg.image, as: UTF8.self)))
                    page.raw("<p class=\"picture\"><img src=\"\(SitePage.href("mesh.svg"))\" alt=\"\"></p>\n")
                } else {
                    page.text("p", "No picture: install Graphviz (`apt-get install graphviz`, `brew install graphviz`) and generate the site again.", className: "none")
                }
            }
        }
        for domain in json["domains"].elements {
            let domainName = domain["name"].text ?? ""
            page("domain-\(domainName).html", domainName, kind: "domain") { page in
                page.text("h1", "Domain \(domainName)")
                page.text("p", domain["doc"].text ?? "")
                page.text("h2", "Subdomains")
                page.list(domain["subdomains"].elements.map { ("\($0["name"].text ?? "") (\($0["kind"].text ?? ""))", nil) })
                page.text("h2", "Bounded contexts")
                page.list(contexts.filter { $0["domain"].text == domainName }.map { ($0["name"].text ?? "", "context-\($0["name"].text ?? "").html") })
            }
        }
        for team in json["teams"].elements {
            let teamName = team["name"].text ?? ""
            page("team-\(teamName).html", teamName, kind: "team") { page in
                page.text("h1", "Team \(teamName)")
                page.text("p", team["doc"].text ?? "")
                if let contact = team["contact"].text { page.text("p", "Contact: \(contact)") }
                page.text("h2", "Owns")
                page.list(contexts.filter { $0["owner"].text == teamName }.map { ($0["name"].text ?? "", "context-\($0["name"].text ?? "").html") })
            }
        }
        for context in contexts {
            let contextName = context["name"].text ?? ""
            page("context-\(contextName).html", contextName, kind: "context") { page in
                page.text("h1", "Context \(contextName)")
                page.text("p", context["doc"].text ?? "")
                if let vision = context["vision"].text { page.text("p", "Vision: \(vision)", className: "vision") }
                page.raw("<p>Domain: ")
                page.link(context["domain"].text ?? "", to: "domain-\(context["domain"].text ?? "").html")
                if let owner = context["owner"].text {
                    page.raw(" · Owner: ")
                    page.link(owner, to: "team-\(owner).html")
                }
                page.raw("</p>\n")
                picture("flow-\(contextName).svg", DiagramOptions(view: .flow, context: contextName), into: &page)
                page.text("h2", "Aggregates")
                page.list(context["aggregates"].elements.map { aggregate in
                    let invariants = aggregate["invariants"].elements.compactMap(\.text)
                    return ((aggregate["name"].text ?? "") + (invariants.isEmpty ? "" : ": " + invariants.joined(separator: "; ")), nil)
                })
                page.text("h2", "Commands")
                page.list(context["commands"].elements.map { ("\($0["name"].text ?? "") → \($0["emits"].elements.compactMap(\.text).joined(separator: ", "))", nil) })
                page.text("h2", "Events")
                page.list(context["events"].elements.map { ($0["name"].text ?? "", "event-\(contextName).\($0["name"].text ?? "").html") })
                page.text("h2", "Policies")
                page.list(context["policies"].elements.map { policy in
                    ("\(policy["name"].text ?? ""): when \(policy["when"].elements.compactMap(\.text).joined(separator: ", ")) then \(policy["then"].elements.compactMap(\.text).joined(separator: ", "))", nil)
                })
                page.text("h2", "Read models")
                page.list(context["readModels"].elements.map { ("\($0["name"].text ?? "") from \($0["from"].elements.compactMap(\.text).joined(separator: ", "))", nil) })
                page.text("h2", "Data products")
                page.list(context["dataProducts"].elements.map { ($0["name"].text ?? "", "product-\(contextName).\($0["name"].text ?? "").html") })
                page.text("h2", "Hotspots")
                page.list(context["hotspots"].elements.map { ($0["text"].text ?? "", nil) })
            }
            for event in context["events"].elements {
                let eventName = event["name"].text ?? ""
                page("event-\(contextName).\(eventName).html", "\(contextName).\(eventName)", kind: "event") { page in
                    page.text("h1", "Event \(contextName).\(eventName) v\(event["version"].text ?? "1")")
                    page.text("p", event["doc"].text ?? "")
                    fieldTable(event["fields"], into: &page)
                    page.text("h2", "Produced by")
                    page.list(event["emittedBy"].elements.map { ("\(contextName).\($0.text ?? "")", nil) })
                    page.text("h2", "Consumed by")
                    page.list((consumers["\(contextName).\(eventName)"] ?? []).map { ($0, nil) })
                    page.text("h2", "Schemas")
                    page.list(schemas.links(event: eventName, in: contextName))
                }
            }
            for product in context["dataProducts"].elements {
                let productName = product["name"].text ?? ""
                page("product-\(contextName).\(productName).html", "\(contextName).\(productName)", kind: "data product") { page in
                    page.text("h1", "Data product \(contextName).\(productName)")
                    page.text("p", product["doc"].text ?? "")
                    if let owner = product["owner"].text { page.text("p", "Owner: \(owner)") }
                    for (title, key) in [("Input ports", "inputPorts"), ("Output ports", "outputPorts")] {
                        page.text("h2", title)
                        page.list(product[key].elements.map { port in
                            var objectives: [String] = []
                            if let freshness = port["freshness"].text { objectives.append("freshness \(freshness)") }
                            if let availability = port["availability"].text { objectives.append("availability \(availability)%") }
                            let events = port["events"].elements.compactMap(\.text).joined(separator: ", ")
                            return ("\(port["name"].text ?? ""): \(events)" + (objectives.isEmpty ? "" : " (\(objectives.joined(separator: ", ")))"), nil)
                        })
                    }
                    page.text("h2", "Contracts")
                    page.list(schemas.links(product: productName, in: contextName))
                }
            }
        }
        files.append(GeneratedFile(path: "search-index.js", contents: "window.stormSearchIndex = " + JSON.array(searchIndex).renderedCompact() + ";\n"))
        files.append(GeneratedFile(path: "search.js", contents: SiteAssets.search))
        files.append(GeneratedFile(path: "site.css", contents: SiteAssets.style))
        return files
    }

    private static func fieldTable(_ fields: JSON, into page: inout SitePage) {
        page.text("h2", "Fields")
        guard !fields.elements.isEmpty else { return page.text("p", "none", className: "none") }
        page.raw("<table><tr><th>name</th><th>type</th><th>doc</th></tr>\n")
        for field in fields.elements {
            page.raw("<tr><td>\(SitePage.escape(field["name"].text ?? ""))</td><td>\(SitePage.escape(field["type"].text ?? ""))</td>"
                     + "<td>\(SitePage.escape(field["doc"].text ?? ""))</td></tr>\n")
        }
        page.raw("</table>\n")
    }

    /// Who consumes each event (`Context.Event`): policies, read models and data products' input ports.
    private static func consumers(_ contexts: [JSON]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for context in contexts {
            let name = context["name"].text ?? ""
            for policy in context["policies"].elements {
                for event in policy["when"].elements.compactMap(\.text) { result[event, default: []].append("policy \(name).\(policy["name"].text ?? "")") }
            }
            for readModel in context["readModels"].elements {
                for event in readModel["from"].elements.compactMap(\.text) { result[event, default: []].append("read model \(name).\(readModel["name"].text ?? "")") }
            }
            for product in context["dataProducts"].elements {
                for port in product["inputPorts"].elements {
                    for event in port["events"].elements.compactMap(\.text) { result[event, default: []].append("data product \(name).\(product["name"].text ?? "")") }
                }
            }
        }
        return result
    }
}
