import StormDiagnostics
import StormSyntax

extension UsedInterfaces {
    /// Checks the events a `use` pins (`{ Payments.PaymentSettled v1 }`) against the interface it reads:
    /// each must be published, at the pinned version. A newer interface that publishes another version
    /// is a breaking change for this model (a producer bumps the version for exactly those), reported at
    /// the pin with the version now published.
    static func checkPins(of use: UseSyntax, against interface: [String: Any], diagnostics: inout DiagnosticList) {
        guard !use.pins.isEmpty else { return }
        var published: [String: Int] = [:]
        for event in interface["events"] as? [[String: Any]] ?? [] {
            guard let context = event["context"] as? String, let name = event["name"] as? String, let version = event["version"] as? Int else { continue }
            published[context + "." + name] = version
        }
        let producer = interface["name"] as? String ?? use.name.text
        for pin in use.pins {
            let name = pin.event.text
            guard let version = published[name] else {
                var fixIts: [FixIt] = []
                if let match = Suggestion.closest(to: name, in: published.keys.sorted()) {
                    fixIts.append(FixIt("did you mean `\(match)`?", edits: [TextEdit(range: pin.event.range, replacement: match)]))
                }
                diagnostics.error("unresolved-reference", "`\(producer)` publishes no event `\(name)` in `\(use.path.value)`",
                                  at: pin.event.range, fixIts: fixIts)
                continue
            }
            guard version != pin.version.value else { continue }
            let change = version > pin.version.value
                ? "a breaking change to it (run `stormc diff` on the two interfaces to see what): move this model to v\(version) and pin that"
                : "the interface is older than the one this model was written against"
            diagnostics.error("interface-version-changed",
                              "`\(name)` is published at v\(version) by `\(producer)`, but this model uses v\(pin.version.value): \(change)",
                              at: pin.version.range,
                              fixIts: [FixIt("pin v\(version)", edits: [TextEdit(range: pin.version.range, replacement: "v\(version)")])])
        }
    }
}
