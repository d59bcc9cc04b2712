/// `shutdown`: the server answers null and then waits for `exit`.
enum ShutdownRequest {
    static let method = "shutdown"
}
