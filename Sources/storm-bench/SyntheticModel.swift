/// The plan of a synthetic model: contexts of about a hundred events each, every event with the same
/// number of fields of mixed kinds. Everything is derived from the indices, so the same arguments
/// always give the same model.
struct SyntheticModel {
    struct Field {
        var name: String
        var kind: FieldKind
    }

    struct Event {
        var name: String
        var version: Int
        var fields: [Field]
    }

    /// A command and the events it emits.
    struct Command {
        var name: String
        var emits: [String]
    }

    struct Context {
        /// The position of the context in the model, from 0.
        var index: Int
        var name: String
        /// The context before it in the chain, whose events it reacts to.
        var upstream: String?
        /// The name of the upstream context's first event, which the context's policy follows.
        var followedEvent: String?
        var team: String
        var subdomain: String
        var events: [Event]
        var commands: [Command]
    }

    static let eventsPerContext = 100
    static let eventsPerCommand = 5
    static let teamCount = 10
    static let subdomains = [("Differentiating", "core"), ("Enabling", "supporting"), ("Commodity", "generic")]

    var contexts: [Context] = []
    var eventCount: Int
    var fieldsPerEvent: Int

    init(events: Int, fields: Int) {
        eventCount = events
        fieldsPerEvent = fields
        let contextCount = (events + Self.eventsPerContext - 1) / Self.eventsPerContext
        contexts.reserveCapacity(contextCount)
        for index in 0..<contextCount {
            let first = index * Self.eventsPerContext
            let range = first..<min(events, first + Self.eventsPerContext)
            let name = Names.context(index)
            let upstream = index > 0 ? contexts[index - 1].name : nil
            let events = range.map { Self.event($0, fields: fields, upstream: upstream) }
            let commands = stride(from: range.lowerBound, to: range.upperBound, by: Self.eventsPerCommand).map { start in
                Command(name: Names.command(start), emits: (start..<min(range.upperBound, start + Self.eventsPerCommand)).map(Names.event))
            }
            let followed = upstream == nil ? nil : Names.event(first - Self.eventsPerContext)
            contexts.append(Context(index: index, name: name, upstream: upstream, followedEvent: followed, team: "Team\(index % Self.teamCount + 1)",
                                    subdomain: Self.subdomains[index % Self.subdomains.count].0, events: events, commands: commands))
        }
    }

    /// Event number `global` of the model: its identifier first, then fields rotating through the kinds.
    static func event(_ global: Int, fields: Int, upstream: String?) -> Event {
        var list = [Field(name: FieldKind.identifier.stem, kind: .identifier)]
        for position in 1..<max(1, fields) {
            var kind = FieldKind.rotation[(global + position) % FieldKind.rotation.count]
            if kind == .upstreamIdentifier, upstream == nil { kind = .identifier }
            list.append(Field(name: kind.stem + String(position), kind: kind))
        }
        return Event(name: Names.event(global), version: global % 10 == 3 ? 2 : 1, fields: list)
    }
}

/// Names of the synthetic model: unique across the whole model, and readable.
enum Names {
    static let contextWords = [
        "Billing", "Shipping", "Catalog", "Ledger", "Support", "Identity", "Pricing", "Logistics", "Marketing", "Payroll",
        "Warehouse", "Fleet", "Claims", "Booking", "Scheduling", "Compliance", "Reporting", "Sourcing", "Onboarding", "Loyalty",
    ]
    static let nouns = [
        "Invoice", "Parcel", "Order", "Account", "Ticket", "Quote", "Payment", "Contract", "Vehicle", "Route",
        "Slot", "Batch", "Member", "Voucher", "Document", "Request", "Task", "Shift", "Asset", "Lease",
        "Case", "Review", "Item", "Supplier", "Budget", "Report", "Visit", "Device", "Package", "Entry",
    ]
    /// Verbs as (past tense, for events; imperative, for commands).
    static let verbs = [
        ("Opened", "Open"), ("Recorded", "Record"), ("Approved", "Approve"), ("Rejected", "Reject"), ("Assigned", "Assign"),
        ("Scheduled", "Schedule"), ("Cancelled", "Cancel"), ("Confirmed", "Confirm"), ("Updated", "Update"), ("Closed", "Close"),
    ]

    /// `Billing1`, `Shipping1`, …, `Loyalty1`, `Billing2`, …
    static func context(_ index: Int) -> String {
        contextWords[index % contextWords.count] + String(index / contextWords.count + 1)
    }

    /// `InvoiceOpened`, `ParcelOpened`, …, `InvoiceRecorded`, …, `InvoiceOpened1`, …
    static func event(_ global: Int) -> String {
        let (noun, verb, round) = parts(global)
        return noun + verb.0 + (round > 0 ? String(round) : "")
    }

    /// The command that emits a group of events starting with event `global`: `OpenInvoice`.
    static func command(_ global: Int) -> String {
        let (noun, verb, round) = parts(global)
        return verb.1 + noun + (round > 0 ? String(round) : "")
    }

    private static func parts(_ global: Int) -> (String, (String, String), Int) {
        let combinations = nouns.count * verbs.count
        return (nouns[global % nouns.count], verbs[(global / nouns.count) % verbs.count], global / combinations)
    }
}
