import StormSource
import Testing

/// Files of a model, ranges and their locations.
struct SourceManagerTests {
    @Test func filesAreIdentifiedInTheOrderTheyWereAdded() {
        var manager = SourceManager()
        let first = manager.add(SourceFile(path: "a.storm", text: "a"))
        let second = manager.add(SourceFile(path: "b.storm", text: "b"))
        #expect(first == FileID(0))
        #expect(second == FileID(1))
        #expect(manager.ids == [first, second])
        #expect(manager[second].path == "b.storm")
        #expect(first < second)
    }

    @Test func aLocationHasBothEndsOfARange() {
        let manager = SourceManager(files: [
            SourceFile(path: "a.storm", text: "x"),
            SourceFile(path: "Models/M/b.storm", text: "one\ntwo three\n"),
        ])
        let location = manager.location(of: SourceRange(file: FileID(1), start: 8, end: 13))
        #expect(location.path == "Models/M/b.storm")
        #expect((location.line, location.column, location.endLine, location.endColumn) == (2, 5, 2, 10))
    }

    @Test func aRangeSpanningLinesEndsOnItsLastLine() {
        let manager = SourceManager(files: [SourceFile(path: "a", text: "ab\ncd")])
        let location = manager.location(of: SourceRange(file: FileID(0), start: 1, end: 4))
        #expect((location.line, location.column, location.endLine, location.endColumn) == (1, 2, 2, 2))
    }

    @Test func aRangeNeverEndsBeforeItStarts() {
        let range = SourceRange(file: FileID(0), start: 7, end: 3)
        #expect(range.start == 7)
        #expect(range.end == 7)
    }

    @Test func extendingARangeCoversBoth() {
        let a = SourceRange(file: FileID(0), start: 10, end: 12)
        let b = SourceRange(file: FileID(0), start: 3, end: 5)
        #expect(a.extended(to: b) == SourceRange(file: FileID(0), start: 3, end: 12))
        #expect(b.extended(to: a) == SourceRange(file: FileID(0), start: 3, end: 12))
    }
}

/// Generated files name sources relative to the model's folder, however the paths were written.
@Test func portablePathsAreRelativeToTheFolderHoldingEveryFile() {
    func names(_ paths: [String]) -> [String] { SourceManager(files: paths.map { SourceFile(path: $0, text: "") }).portablePaths }
    #expect(names(["Models/M/a.storm", "Models/M/sub/b.storm"]) == ["a.storm", "sub/b.storm"])
    #expect(names(["/home/me/x/Models/M/a.storm", "/home/me/x/Models/M/sub/b.storm"]) == ["a.storm", "sub/b.storm"])
    #expect(names(["./Models/../Models/M//a.storm"]) == ["a.storm"])
    #expect(names(["a.storm", "sub/b.storm"]) == ["a.storm", "sub/b.storm"])
    #expect(names(["../M/sub/a.storm", "../M/sub/b.storm"]) == ["a.storm", "b.storm"])
    // Absolute and relative paths together share no written folder: file names alone.
    #expect(names(["/x/M/a.storm", "M/sub/b.storm"]) == ["a.storm", "b.storm"])
    #expect(names([]) == [])
}
