import Foundation

/// How long some work took, in seconds: on the wall clock, and in CPU time of the whole process (user
/// and system time of every thread, so work spread over several cores counts in full), and in user time
/// alone (the process's own computing, without the kernel's work for it, such as creating files).
struct Timing {
    var wall: Double
    var cpu: Double
    var user: Double

    /// Runs `work` `runs` times, each after an untimed `prepare`; returns the least wall time and the
    /// least CPU time (taken separately: a busy machine slows runs unevenly) and the last run's result.
    /// Each result is kept until its run's clocks are read, so freeing it is not timed.
    static func best<Result>(of runs: Int, prepare: () throws -> Void = {}, _ work: () throws -> Result) rethrows -> (Timing, Result) {
        var best = Timing(wall: .infinity, cpu: .infinity, user: .infinity)
        var last: Result?
        for _ in 0..<max(1, runs) {
            try prepare()
            let (wall, cpu, user) = (now(CLOCK_MONOTONIC), now(CLOCK_PROCESS_CPUTIME_ID), userTime())
            let result = try work()
            best.wall = min(best.wall, now(CLOCK_MONOTONIC) - wall)
            best.cpu = min(best.cpu, now(CLOCK_PROCESS_CPUTIME_ID) - cpu)
            best.user = min(best.user, userTime() - user)
            last = result
        }
        return (best, last!)
    }

    private static func userTime() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
    }

    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}
