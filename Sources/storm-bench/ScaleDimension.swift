/// One input dimension that `storm-bench scale` doubles: a model whose size in that dimension is `n`
/// and otherwise fixed, the commands it reaches, and whether the model is meant to have errors.
struct ScaleDimension: Sendable {
    /// The name shown in the table and given to `--dimension`.
    var name: String
    /// The size the search for a run of at least the minimum time starts from.
    var start: Int
    /// The largest size that makes sense (nesting is bounded by the parser); nil when unbounded.
    var limit: Int?
    /// Whether `check` must fail (the dimension is a count of errors).
    var hasErrors: Bool
    /// Whether the outputs themselves grow faster than this dimension (indented nesting: the bytes grow
    /// with the square of the depth), so a command's time is judged per byte written. Nowhere else: an
    /// output that grows faster than its input is itself what the table must catch.
    var outputGrowsFaster = false
    /// The commands that read what this dimension grows.
    var commands: [ScaleCommandKind]
    /// The model's files (name and text) at size `n`; `breadth` repeats the whole for dimensions with a
    /// ``limit``, so that a run at the limit still takes long enough to time.
    var files: @Sendable (_ n: Int, _ breadth: Int) -> [(name: String, text: String)]
}

/// The commands whose time `storm-bench scale` measures, as `stormc` runs them.
enum ScaleCommandKind: String, CaseIterable, Sendable {
    case check, generate, lint, fmt, map

    /// The `stormc` arguments for a model folder; `out` is an empty folder for generated files.
    func arguments(model: String, out: String) -> [String] {
        switch self {
        case .check: ["check", model]
        case .generate: ["generate", "all", model, "--out", out]
        case .lint: ["lint", model]
        case .fmt: ["fmt", "--check", model]
        case .map: ["map", model, "--view", "big-picture"]
        }
    }

    /// The column heading.
    var heading: String { self == .generate ? "generate all" : rawValue }
}

extension ScaleDimension {
    private static let all: [ScaleCommandKind] = ScaleCommandKind.allCases

    /// Every dimension, in the order of the table.
    static let dimensions: [ScaleDimension] = [
        ScaleDimension(name: "events (synth)", start: 100, hasErrors: false, commands: all) { n, _ in
            [("model.storm", StormRenderer.render(SyntheticModel(events: n, fields: 8)))]
        },
        ScaleDimension(name: "fields per record", start: 500, hasErrors: false, commands: all) { n, _ in
            single(lines(n) { "    f\($0): Int" }, around: "  event Wide {\n", "  }\n")
        },
        ScaleDimension(name: "duplicate fields", start: 500, hasErrors: true, commands: [.check, .fmt]) { n, _ in
            single(lines(n) { _ in "    f: Int" }, around: "  event Twice {\n", "  }\n")
        },
        ScaleDimension(name: "enum cases", start: 500, hasErrors: false, commands: all) { n, _ in
            single(lines(n) { "    Case\($0)," }, around: "  enum Many {\n", "  }\n  event E { state: Many = Case\(n - 1) }\n")
        },
        ScaleDimension(name: "members per context", start: 200, hasErrors: false, commands: all) { n, _ in
            single(lines(n) { "  event Happened\($0) { id: UUID }\n  command Do\($0) by Operator emits Happened\($0)" },
                   around: "  actor Operator\n", "")
        },
        ScaleDimension(name: "contexts", start: 50, hasErrors: false, commands: all) { n, _ in
            [("model.storm", (0..<n).map(tinyContext).joined())]
        },
        ScaleDimension(name: "files", start: 50, hasErrors: false, commands: all) { n, _ in
            (0..<n).map { ("context\($0).storm", tinyContext($0)) }
        },
        ScaleDimension(name: "relationships", start: 50, hasErrors: false, commands: all) { n, _ in
            let map = lines(n) { "  C\($0) [U, OHS] -> [D, ACL] C\($0 + 1)" }
            return [("model.storm", (0...n).map(tinyContext).joined() + "context map Chain {\n" + map + "}\n")]
        },
        ScaleDimension(name: "names in emits", start: 200, hasErrors: false, commands: all) { n, _ in
            single(events(n) + "  command Go emits" + nameList(n), around: "", "\n")
        },
        ScaleDimension(name: "names in from", start: 200, hasErrors: false, commands: all) { n, _ in
            single(events(n) + "  read model View from" + nameList(n), around: "", " { id: UUID }\n")
        },
        ScaleDimension(name: "names in when", start: 200, hasErrors: false, commands: all) { n, _ in
            single(events(n) + "  command Go\n  policy React: when" + nameList(n), around: "", " then Go\n")
        },
        ScaleDimension(name: "policies", start: 200, hasErrors: false, commands: all) { n, _ in
            single(lines(n) { "  policy P\($0): when Happened\($0 % 10) then Do\($0 % 10)" },
                   around: events(10) + lines(10) { "  command Do\($0) emits Happened\(($0 + 1) % 10)" }, "")
        },
        ScaleDimension(name: "subdomains", start: 200, hasErrors: false, commands: all) { n, _ in
            let domain = "domain Big {\n" + lines(n) { "  subdomain S\($0): core \"Part \($0).\"" } + "}\n"
            return [("model.storm", domain + (0..<10).map { "context K\($0) implements Big.S\($0 * (n / 10)) {\n  event E { id: UUID }\n}\n" }.joined())]
        },
        ScaleDimension(name: "data-product ports", start: 100, hasErrors: false, commands: all) { n, _ in
            let ports = lines(n) { "    input port in\($0) consumes Happened\($0 % 10)\n    output port out\($0) publishes Happened\($0 % 10)" }
            return single(events(10) + "  data product Feed {\n" + ports + "  }\n", around: "", "")
        },
        ScaleDimension(name: "events on one output port", start: 200, hasErrors: false, commands: [.check, .lint, .fmt, .map]) { n, _ in
            // One port publishing every event: its line grows with n, and every event is published.
            // `generate all` measured 2.25 to 2.40 here, too near the bar to guard before it is looked into.
            single(events(n) + "  data product Feed {\n    output port out publishes" + nameList(n) + "\n  }\n", around: "", "")
        },
        ScaleDimension(name: "unresolved names", start: 200, hasErrors: true, commands: [.check]) { n, _ in
            // As many near misses as declared types: "did you mean" must not compare every pair.
            single(lines(n) { "  value Amount\($0) { x: Int }" } + "  event E {\n" + lines(n) { "    f\($0): Amuont\($0)" } + "  }\n", around: "", "")
        },
        ScaleDimension(name: "duplicate declarations", start: 200, hasErrors: true, commands: [.check, .fmt]) { n, _ in
            single(lines(n) { _ in "  event Again { id: UUID }" }, around: "", "")
        },
        ScaleDimension(name: "syntax errors", start: 200, hasErrors: true, commands: [.check, .fmt]) { n, _ in
            single(lines(n) { "  event E\($0) { f: = 1 }" }, around: "", "")
        },
        ScaleDimension(name: "line length", start: 1000, hasErrors: false, commands: all) { n, _ in
            single("  event Long { " + (0..<n).map { "f\($0): Int" }.joined(separator: ", ") + " }\n", around: "", "")
        },
        ScaleDimension(name: "errors on a long line", start: 500, hasErrors: true, commands: [.check]) { n, _ in
            single("  event Long { " + (0..<n).map { $0 % 10 == 0 ? "f\($0): Strng" : "f\($0): Int" }.joined(separator: ", ") + " }\n", around: "", "")
        },
        ScaleDimension(name: "nesting depth", start: 16, limit: 64, hasErrors: false, outputGrowsFaster: true, commands: all) { n, breadth in
            let type = String(repeating: "[", count: n) + "Int" + String(repeating: "]", count: n)
            let value = String(repeating: "[", count: n) + "1" + String(repeating: "]", count: n)
            return single(lines(breadth) { "    f\($0): \(type) = \(value)" }, around: "  event Deep {\n", "  }\n")
        },
        ScaleDimension(name: "doc-comment lines", start: 1000, hasErrors: false, commands: all) { n, _ in
            single(lines(n) { "  /// Line \($0) of a long story." } + "  event Told { id: UUID }\n", around: "", "")
        },
    ]

    /// `count` lines made by `line`, each ending in a newline.
    private static func lines(_ count: Int, _ line: (Int) -> String) -> String {
        var text = ""
        for index in 0..<count { text += line(index) + "\n" }
        return text
    }

    /// One file holding one context `C` with `body` between `head` and `tail`.
    private static func single(_ body: String, around head: String, _ tail: String) -> [(name: String, text: String)] {
        [("model.storm", "context C {\n" + head + body + tail + "}\n")]
    }

    /// `count` events `Happened0`, `Happened1`, …
    private static func events(_ count: Int) -> String {
        lines(count) { "  event Happened\($0) { id: UUID }" }
    }

    /// ` Happened0, Happened1, …`, ten names a line.
    private static func nameList(_ count: Int) -> String {
        (0..<count).map { ($0 % 10 == 0 && $0 > 0 ? "\n    " : " ") + "Happened\($0)" }.joined(separator: ",")
    }

    /// Context `C<i>` with an event, the command that emits it, and a policy following context `C<i-1>`.
    private static func tinyContext(_ index: Int) -> String {
        let policy = index > 0 ? "  policy Follow: when C\(index - 1).Happened then Act\n" : ""
        return "context C\(index) {\n  event Happened { id: UUID }\n  command Act emits Happened\n" + policy + "}\n"
    }
}
