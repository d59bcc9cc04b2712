/// Time policies.
extension FormatWriter {
    /// `policy Name: every 2 weeks` or `policy Name: after 3 days from Event unless Other, …`
    func scheduleLine(_ name: Name, _ schedule: ScheduleSyntax) -> WrappableLine {
        switch schedule {
        case .every(let count, let unit):
            let amount = count.map { "\($0.value) \(unit.word(for: $0.value))" } ?? unit.word(for: 1)
            return WrappableLine("policy \(name.text): every \(amount)")
        case .after(let count, let unit, let from, let unless):
            let line = WrappableLine("policy \(name.text): after \(count.value) \(unit.word(for: count.value)) from \(from.text)")
            return unless.isEmpty ? line : line.appending(list(" unless ", unless))
        }
    }
}
