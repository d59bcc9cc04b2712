import Foundation
import StormCommandLine

exit(StormCommandLine.run(Array(CommandLine.arguments.dropFirst()), console: .standard()))
