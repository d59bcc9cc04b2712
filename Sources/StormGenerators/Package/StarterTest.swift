import StormModel

/// The starter given/when/then test of an aggregate's starter decider: it asserts what the starter
/// really does with a sample command, so it fails once the team changes the behaviour, as a test should.
extension DeciderStarter {
    func test(header: String, imports: [String]) throws(GeneratorError) -> String {
        let samples = SwiftSamples(names: names)
        let commandCases = try commandCases()
        var out = SwiftWriter()
        out.line(header)
        for module in ["Foundation", "StormRuntime", "Testing"] + imports { out.line("import \(module)") }
        out.line()
        out.doc("Given/when/then tests of `\(typeName)`. A starter written by stormc once: it is yours to change.")
        out.block("struct \(typeName)Tests") { out in
            let sampled = commands.compactMap { command -> (Command, String)? in
                guard command.deprecation == nil, let sample = samples.record(names.qualified(context.reference(command.name)), command.fields) else { return nil }
                return (command, sample)
            }
            if let (command, sample) = sampled.first(where: { decided($0.0, value: "command") != nil }) {
                let events = decided(command, value: "command")!
                out.block("@Test func \(SwiftIdentifier.lowerCamel(SwiftIdentifier.sanitized(command.name)))DecidesItsEvents() throws") { out in
                    out.line("let command = \(sample)")
                    out.line("try \(typeName)()")
                    out.indented { out in
                        out.line(".given()")
                        out.line(".when(.\(commandCases[command.name]!)(command))")
                        out.line(".then(\(events.joined(separator: ", ")))")
                    }
                }
            } else if let (command, sample) = sampled.first {
                out.block("@Test func \(SwiftIdentifier.lowerCamel(SwiftIdentifier.sanitized(command.name)))IsNotDecidedYet() throws") { out in
                    out.line("let error = try \(typeName)().given().when(.\(commandCases[command.name]!)(\(sample))).thenRefused()")
                    out.line("#expect(error as? \(typeName).NotDecided == \(typeName).NotDecided(command: \(SwiftIdentifier.stringLiteral(command.name))))")
                }
            } else {
                out.block("@Test func startsWithNoState()") { out in
                    out.line("#expect(\(typeName)().fold([]) == nil)")
                }
            }
        }
        return out.text
    }
}
