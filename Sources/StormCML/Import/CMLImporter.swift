import Foundation
import StormDiagnostics
import StormKit
import StormSource
import StormSyntax

/// The result of importing CML files: the Storm files to write, and what was found on the way.
public struct CMLImportResult: Sendable {
    /// Each CML file's Storm translation: the file name (`<stem>.storm`) and its formatted text.
    public var files: [(name: String, text: String)]
    /// The CML files read (the given ones, then those they import), for rendering ``diagnostics``.
    public var sources: SourceManager
    /// Errors and warnings located in the CML files.
    public var diagnostics: DiagnosticList
    /// When the translation does not check as Storm (a CML model that Context Mapper would refuse, such
    /// as two declarations of one name): the Storm files and their diagnostics. Nothing should be written.
    public var stormCheck: (sources: SourceManager, diagnostics: DiagnosticList)?

    /// Whether the files may be written: no error in the CML nor in the Storm translation.
    public var succeeded: Bool { !diagnostics.hasErrors && !(stormCheck?.diagnostics.hasErrors ?? false) }
}

/// `stormc import cml`: Context Mapper's CML → Storm, one `.storm` file per CML file.
public enum CMLImporter {
    /// Reads the CML files at `paths` and every file they import (relative to the importing file).
    /// Throws only when a given file cannot be read; an import that cannot be read is an error diagnostic.
    public static func importFiles(_ paths: [String]) throws(LoadError) -> CMLImportResult {
        var sources: [SourceFile] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { throw LoadError("cannot read \(path)") }
            guard data.count <= ModelLoader.maximumFileSize else { throw LoadError("\(path) is larger than \(ModelLoader.maximumFileSize / 1024 / 1024) MiB") }
            sources.append(SourceFile(path: path, bytes: [UInt8](data)))
        }
        return translate(sources, followImports: true)
    }

    /// Translates CML files already in memory; with `followImports`, files they import are read from disk.
    public static func translate(_ given: [SourceFile], followImports: Bool = false) -> CMLImportResult {
        var sources = SourceManager()
        var diagnostics = DiagnosticList()
        var parsed: [CMLFile] = []
        var seen: Set<String> = []
        var queue = given
        var next = 0
        while next < queue.count {
            let source = queue[next]
            next += 1
            let key = URL(fileURLWithPath: source.path).standardizedFileURL.path
            guard seen.insert(key).inserted else { continue }
            let id = sources.add(source)
            let file = CMLParser.parse(source, id: id, diagnostics: &diagnostics)
            parsed.append(file)
            guard followImports else { continue }
            // Paths stay as relative as they were given, so diagnostics name them the way the user does.
            let folder = source.path.lastIndex(of: "/").map { String(source.path[...$0]) } ?? ""
            for imported in file.imports {
                var relative = imported.path[...]
                while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
                let path = imported.path.hasPrefix("/") ? imported.path : folder + relative
                if seen.contains(URL(fileURLWithPath: path).standardizedFileURL.path) { continue }
                guard let data = FileManager.default.contents(atPath: path), data.count <= ModelLoader.maximumFileSize else {
                    diagnostics.error("cml-import", "cannot read the imported file `\(imported.path)`", at: imported.range)
                    continue
                }
                queue.append(SourceFile(path: path, bytes: [UInt8](data)))
            }
        }
        let index = CMLIndex(parsed, diagnostics: &diagnostics)
        var files: [(name: String, text: String)] = []
        var names: [String: String] = [:]
        for file in parsed {
            let source = sources[file.file]
            let name = StormEmitter.stem(source.path) + ".storm"
            if let other = names[name] {
                diagnostics.error("cml-import", "`\(source.path)` and `\(other)` would both be written as `\(name)`", at: nil)
                continue
            }
            names[name] = source.path
            files.append((name, StormEmitter.emit(file, source: source, index: index, diagnostics: &diagnostics)))
        }
        var result = CMLImportResult(files: files, sources: sources, diagnostics: diagnostics, stormCheck: nil)
        guard !diagnostics.hasErrors else { return result }
        // Format each file as `stormc fmt` would, then check the whole translation as Storm.
        var stormFiles: [SourceFile] = []
        var stormDiagnostics = DiagnosticList()
        for (position, file) in files.enumerated() {
            let source = SourceFile(path: file.name, text: file.text)
            if let formatted = StormFormatter.format(source, id: FileID(position), diagnostics: &stormDiagnostics) {
                result.files[position].text = formatted
            }
            stormFiles.append(SourceFile(path: file.name, text: result.files[position].text))
        }
        let loaded = ModelLoader.load(sources: stormFiles, name: "Imported")
        stormDiagnostics.append(contentsOf: loaded.diagnostics)
        if stormDiagnostics.hasErrors { result.stormCheck = (loaded.sources, stormDiagnostics) }
        return result
    }
}
