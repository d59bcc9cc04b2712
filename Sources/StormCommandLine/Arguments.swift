import StormDiagnostics

/// A mistake in how a command was called; printed with the command's usage, exit status 2.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The arguments of one command, taken piece by piece: each option a command asks for is removed, and
/// ``positionals()`` then rejects anything left that looks like an option.
public struct Arguments: Sendable {
    private var remaining: [String]
    /// Every option name a command asked for, for "did you mean" on unknown ones.
    private var known: [String] = ["--help", "-h"]

    public init(_ arguments: [String]) { remaining = arguments }

    /// Whether one of `names` was given (and removes it).
    public mutating func flag(_ names: String...) -> Bool {
        known += names
        let before = remaining.count
        remaining.removeAll { names.contains($0) }
        return remaining.count != before
    }

    /// The value of an option given as `--name VALUE` or `--name=VALUE`; the last one wins.
    public mutating func option(_ names: String...) throws(UsageError) -> String? {
        try values(names).last
    }

    /// Every value of a repeatable option; a value may also be a comma-separated list.
    public mutating func options(_ names: String...) throws(UsageError) -> [String] {
        try values(names).flatMap { $0.split(separator: ",").map(String.init) }
    }

    private mutating func values(_ names: [String]) throws(UsageError) -> [String] {
        known += names
        var values: [String] = []
        var kept: [String] = []
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if argument == "--" {
                kept += remaining[index...]
                break
            }
            if names.contains(argument) {
                guard index + 1 < remaining.count else { throw UsageError("\(argument) needs a value") }
                values.append(remaining[index + 1])
                index += 2
                continue
            }
            if let equals = argument.firstIndex(of: "="), names.contains(String(argument[..<equals])) {
                values.append(String(argument[argument.index(after: equals)...]))
                index += 1
                continue
            }
            kept.append(argument)
            index += 1
        }
        remaining = kept
        return values
    }

    /// What is left: the positional arguments. An unknown option is an error, with a suggestion.
    public mutating func positionals() throws(UsageError) -> [String] {
        var result: [String] = []
        var afterSeparator = false
        for argument in remaining {
            if afterSeparator || argument == "-" || !argument.hasPrefix("-") {
                result.append(argument)
            } else if argument == "--" {
                afterSeparator = true
            } else {
                let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
                var message = "unknown option \(name)"
                if let match = Suggestion.closest(to: name, in: known) { message += " (did you mean \(match)?)" }
                throw UsageError(message)
            }
        }
        remaining = []
        return result
    }
}
