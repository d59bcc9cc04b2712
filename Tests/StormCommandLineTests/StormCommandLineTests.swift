import Foundation
import StormCommandLine
import Testing

/// The top level of `stormc`: commands, `--version`, `help`, `-h` on every command, unknown words.
struct StormCommandLineTests {
    typealias Support = CommandLineTestSupport

    @Test(arguments: [["--version"], ["-V"], ["version"]])
    func theVersion(arguments: [String]) {
        let result = Support.run(arguments)
        #expect(result.status == 0)
        #expect(result.out == "stormc \(StormCommandLine.version)\n")
        #expect(result.error == "")
        #expect(StormCommandLine.version.split(separator: ".").count == 3)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func theOverviewListsEveryCommand(arguments: [String]) {
        let result = Support.run(arguments)
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("stormc: the Storm compiler."))
        #expect(result.out.contains("USAGE: stormc COMMAND [OPTIONS] [PATH...]"))
        for command in Commands.all {
            #expect(result.out.contains("\n  \(command.name) "), "`\(command.name)` is not listed")
            #expect(result.out.contains(command.summary))
        }
    }

    @Test func noArgumentsShowTheOverviewAndFail() {
        let result = Support.run([])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.error.hasPrefix("stormc: the Storm compiler."))
    }

    @Test func everyCommandHasHelpWithItsUsage() {
        #expect(Commands.all.count >= 4)
        for command in Commands.all {
            #expect(command.help.hasPrefix("USAGE: stormc \(command.name)"), "\(command.name)")
            #expect(!command.summary.isEmpty)
            for flag in ["-h", "--help"] {
                let result = Support.run([command.name, flag])
                #expect(result.status == 0, "\(command.name) \(flag)")
                #expect(result.out == command.help, "\(command.name) \(flag)")
                #expect(result.error == "")
            }
            let viaHelp = Support.run(["help", command.name])
            #expect(viaHelp.status == 0)
            #expect(viaHelp.out == command.help)
        }
    }

    @Test func helpWinsOverOtherArguments() {
        let result = Support.run(["check", "/nonexistent", "--bogus", "-h"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("USAGE: stormc check"))
    }

    @Test func commandNamesAreUnique() {
        let names = Commands.all.map { $0.name }
        #expect(Set(names).count == names.count)
        for name in names { #expect(Commands.named(name)?.name == name) }
        #expect(Commands.named("nope") == nil)
    }

    @Test func anUnknownCommandSuggestsTheNearest() {
        let result = Support.run(["chek", "Models"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.error == "stormc: unknown command `chek` (did you mean `check`?)\nRun `stormc help` for the list of commands.\n")
        let far = Support.run(["compile"])
        #expect(far.status == 2)
        #expect(far.error == "stormc: unknown command `compile`\nRun `stormc help` for the list of commands.\n")
    }

    @Test func anUnknownTopLevelOptionIsAnUnknownCommand() {
        let result = Support.run(["--versoin"])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("stormc: unknown command `--versoin`"))
    }

    @Test func helpForAnUnknownCommandFails() {
        let result = Support.run(["help", "chek"])
        #expect(result.status == 2)
        #expect(result.error == "stormc help: unknown command `chek`\nRun `stormc help help` for usage.\n")
    }

    @Test func exitStatusesAreZeroOneAndTwo() {
        #expect(ExitCode.success == 0)
        #expect(ExitCode.failure == 1)
        #expect(ExitCode.usage == 2)
    }
}
