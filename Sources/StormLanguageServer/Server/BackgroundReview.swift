import Foundation
import StormModel
import StormReview

/// `stormc lint`'s review of one model, run on a thread of its own from the moment the model is resolved,
/// so that it goes on beside the generators' checks and the publication of the compiler's diagnostics.
/// Reviews run one at a time; one whose model was replaced before it started is skipped.
final class BackgroundReview: @unchecked Sendable {
    /// One review at a time: a burst of edits queues reviews rather than threads.
    private static let queue = DispatchQueue(label: "storm.lsp.review", qos: .userInitiated)
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var cancelled = false
    /// Written by the review's thread before `finished` is signalled, read only after waiting for it.
    private var findings: [Finding] = []

    /// Starts reviewing `model`.
    init(_ model: Model) {
        Self.queue.async { [self] in
            if !lock.withLock({ cancelled }) { findings = Linter().lint(model) }
            finished.signal()
        }
    }

    /// The review is no longer wanted: skipped if it has not started.
    func cancel() { lock.withLock { cancelled = true } }

    /// The findings, once the review is done (none if it was cancelled before it started).
    func wait() -> [Finding] {
        finished.wait()
        finished.signal()
        return findings
    }
}
