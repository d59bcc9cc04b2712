/// `workspace/didChangeWatchedFiles`: files changed on disk by another program.
enum DidChangeWatchedFilesNotification {
    static let method = "workspace/didChangeWatchedFiles"
}
