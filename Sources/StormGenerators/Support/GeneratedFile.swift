import StormSource
import StormSupport

/// One file a generator produces: where it goes, relative to the output folder, and what it holds.
public struct GeneratedFile: Sendable, Hashable {
    /// A relative path made only of ``FileNames/component(_:)`` pieces, so it never leaves the output folder.
    public var path: String
    /// What the file holds. A file made of an emitter's bytes (``init(path:text:isStarter:checks:)``) is
    /// made a `String` only when this is read; it is written out as the bytes (``withUTF8(_:)``).
    public var contents: String {
        get {
            switch body {
            case .string(let text): text
            case .written(let text): text.string
            }
        }
        set { body = .string(newValue) }
    }
    /// A starter file the team owns once written: written only when absent, never overwritten.
    public var isStarter: Bool
    /// For a starter: what the team's copy must still mention for the model as it is now; each check it
    /// fails is reported as a note, since the file itself is never rewritten.
    public var checks: [StarterCheck]
    private var body: Body

    /// The two forms of a file's text.
    private enum Body: Sendable {
        case string(String)
        case written(WrittenText)
    }

    public init(path: String, contents: String, isStarter: Bool = false, checks: [StarterCheck] = []) {
        self.path = path
        self.body = .string(contents)
        self.isStarter = isStarter
        self.checks = checks
    }

    /// A file holding the text an emitter wrote, kept as its bytes: a generator's large files are written
    /// out without being made a `String` first.
    public init(path: String, text: WrittenText, isStarter: Bool = false, checks: [StarterCheck] = []) {
        self.path = path
        self.body = .written(text)
        self.isStarter = isStarter
        self.checks = checks
    }

    /// Calls `body` with the UTF-8 bytes of the file's contents.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self.body {
        case .string(var text): text.withUTF8(body)
        case .written(let text): text.withBytes(body)
        }
    }

    /// Files are equal when their paths, kinds, checks and bytes are, whichever form their text has.
    public static func == (lhs: GeneratedFile, rhs: GeneratedFile) -> Bool {
        lhs.path == rhs.path && lhs.isStarter == rhs.isStarter && lhs.checks == rhs.checks
            && lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(isStarter)
        hasher.combine(checks)
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Settings shared by the generators.
public struct GeneratorOptions: Sendable, Hashable {
    /// The base of `$id`s and schema URIs (`https://schemas.example.com/storm/`), ending in `/`.
    public var baseURI: String
    /// How generated files name the tool in their headers.
    public var toolName: String
    /// Where a generated Swift package finds `StormRuntime`: a path or a URL of the Storm package.
    public var runtimePackage: String?
    /// The Kafka clusters the model's contexts run on (`platforms` in `storm.json`); nil writes no servers,
    /// bindings or topic definitions.
    public var platforms: KafkaPlatforms?

    public init(baseURI: String = "https://schemas.storm.dev/", toolName: String = "stormc") {
        self.baseURI = baseURI.hasSuffix("/") ? baseURI : baseURI + "/"
        self.toolName = toolName
        self.runtimePackage = nil
    }
}

/// Why a generator refused a model: problems that resolution alone does not see, such as two names that
/// map to one identifier in the target language or one file name. ``GenerationChecks`` finds every one of
/// them when a model is checked, so a generator refuses only a model that did not check clean.
public struct GeneratorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The stable diagnostic ID (`swift-name-collision`), documented in `Docs/Diagnostics.md`.
    public var id: String
    public var message: String
    /// The declaration at fault, when there is one; the command line shows it like any diagnostic.
    public var range: SourceRange?
    /// Other places that take part: the declaration whose name this one collides with.
    public var notes: [GeneratorNote]
    /// A likely fix, in words.
    public var help: String?

    public init(_ message: String, at range: SourceRange? = nil, id: String = "generator-error",
                notes: [GeneratorNote] = [], help: String? = nil) {
        self.id = id
        self.message = message
        self.range = range
        self.notes = notes
        self.help = help
    }
    public var description: String { message }
}

/// A note of a ``GeneratorError``: a message at another place.
public struct GeneratorNote: Sendable, Hashable {
    public var message: String
    public var range: SourceRange?
    public init(_ message: String, at range: SourceRange?) {
        self.message = message
        self.range = range
    }
}

extension GeneratedFile {
    /// Every file that `generate`, a generator handing its files on a batch at a time, makes, in order.
    public static func collected(_ generate: (_ emit: ([GeneratedFile]) -> Void) throws(GeneratorError) -> Void) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        try generate { files += $0 }
        return files
    }
}
