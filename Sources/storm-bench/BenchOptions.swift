/// A mistake in how `storm-bench` was called; printed with the usage, exit status 2.
struct BenchUsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// The `--name value` options of one subcommand, taken one by one; ``finish()`` rejects the rest.
struct BenchOptions {
    private var remaining: [String]

    init(_ arguments: [String]) { remaining = arguments }

    /// Whether `--help` or `-h` was given.
    var wantsHelp: Bool { remaining.contains("--help") || remaining.contains("-h") }

    /// The value of `--name VALUE` or `--name=VALUE`, removed from the arguments; nil when absent.
    mutating func value(_ name: String) throws(BenchUsageError) -> String? {
        var found: String?
        var kept: [String] = []
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if argument == name {
                guard index + 1 < remaining.count else { throw BenchUsageError("\(name) needs a value") }
                found = remaining[index + 1]
                index += 2
            } else if argument.hasPrefix(name + "=") {
                found = String(argument.dropFirst(name.count + 1))
                index += 1
            } else {
                kept.append(argument)
                index += 1
            }
        }
        remaining = kept
        return found
    }

    /// Whether the flag `name` was given; removes it from the arguments.
    mutating func flag(_ name: String) -> Bool {
        let found = remaining.contains(name)
        remaining.removeAll { $0 == name }
        return found
    }

    /// The value of a required option.
    mutating func required(_ name: String) throws(BenchUsageError) -> String {
        guard let value = try value(name) else { throw BenchUsageError("missing \(name)") }
        return value
    }

    /// A required whole number in `range`.
    mutating func integer(_ name: String, in range: ClosedRange<Int>) throws(BenchUsageError) -> Int {
        guard let number = try optionalInteger(name, in: range) else { throw BenchUsageError("missing \(name)") }
        return number
    }

    /// A whole number in `range`, or nil when the option is absent.
    mutating func optionalInteger(_ name: String, in range: ClosedRange<Int>) throws(BenchUsageError) -> Int? {
        guard let text = try value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw BenchUsageError("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(text)`")
        }
        return number
    }

    /// The arguments that are not options (do not start with `-`), removed from the arguments.
    mutating func positionals() -> [String] {
        let found = remaining.filter { !$0.hasPrefix("-") }
        remaining.removeAll { !$0.hasPrefix("-") }
        return found
    }

    /// Rejects any argument no option asked for.
    func finish() throws(BenchUsageError) {
        if let extra = remaining.first { throw BenchUsageError("unexpected argument `\(extra)`") }
    }
}
