/// The built-in word lists of the naming rules (`event-naming`, `command-naming`), in lower case.
///
/// A heuristic, documented in `Docs/Rules.md`: a command begins with one of ``verbs``; an event has a
/// word ending in `-ed` or one of ``irregularPastTense``. Projects add their own words in `storm.json`.
enum NamingLexicon {
    /// Imperative verbs that commonly begin command names.
    static let verbs: Set<String> = [
        "abandon", "abort", "accept", "acknowledge", "activate", "add", "adjust", "admit", "advance", "allocate",
        "allow", "amend", "annotate", "announce", "anonymize", "anonymise", "append", "apply", "appoint", "approve",
        "archive", "arrange", "arrive", "ask", "assess", "assign", "attach", "audit", "authorize", "authorise",
        "automate", "award", "backfill", "ban", "bill", "begin", "bind", "block", "book", "borrow", "break", "bring",
        "build", "bump", "buy", "calculate", "call", "cancel", "capture", "catalog", "catalogue", "categorize",
        "certify", "change", "charge", "check", "choose", "claim", "classify", "clear", "close", "collect",
        "combine", "commit", "compensate", "compile", "complete", "compute", "configure", "confirm", "connect",
        "consolidate", "contact", "continue", "convert", "copy", "correct", "count", "cover", "create", "credit",
        "cut", "deactivate", "debit", "decide", "declare", "decline", "decommission", "deduct", "defer", "define",
        "delay", "delete", "deliver", "deny", "deploy", "deposit", "deregister", "describe", "detect", "determine",
        "disable", "discard", "discharge", "disconnect", "discontinue", "dismiss", "dispatch", "dispute", "distribute",
        "do", "download", "draft", "drop", "edit", "elect", "embed", "emit", "enable", "end", "endorse", "enqueue",
        "enrich", "enroll", "enrol", "ensure", "enter", "erase", "escalate", "establish", "estimate", "evaluate",
        "evict", "examine", "exceed", "exchange", "exclude", "execute", "expire", "export", "extend", "extract",
        "fail", "feed", "fetch", "file", "fill", "finalize", "finalise", "find", "finish", "fix", "flag", "follow",
        "forecast", "forget", "go", "forward", "freeze", "fulfil", "fulfill", "generate", "get", "give", "grant", "group",
        "handle", "hire", "hold", "identify", "ignore", "import", "include", "increase", "decrease", "index",
        "inform", "ingest", "initiate", "insert", "inspect", "install", "instruct", "insure", "invalidate", "investigate",
        "invite", "invoice", "issue", "join", "keep", "label", "launch", "lease", "leave", "lend", "link", "list",
        "load", "locate", "lock", "log", "lodge", "make", "manage", "map", "mark", "match", "measure", "merge",
        "migrate", "mitigate", "modify", "monitor", "move", "notify", "obtain", "offer", "onboard", "open", "order",
        "override", "pack", "park", "pause", "pay", "perform", "pick", "place", "plan", "post", "postpone", "predict",
        "prepare", "present", "price", "prioritize", "prioritise", "process", "produce", "project", "promote",
        "propose", "provide", "provision", "publish", "purchase", "purge", "put", "qualify", "query", "queue",
        "quote", "raise", "rank", "rate", "read", "reassign", "rebook", "recalculate", "receive", "recognize",
        "recommend", "reconcile", "record", "recover", "redeem", "redirect", "reduce", "refer", "refresh", "refund",
        "register", "reimburse", "reinstate", "reject", "release", "reload", "remind", "remove", "rename", "renew",
        "reopen", "repair", "replace", "replay", "reply", "report", "request", "require", "reroute", "reschedule",
        "reserve", "reset", "resolve", "restart", "restore", "restrict", "resume", "retire", "retry", "return",
        "reverse", "review", "revise", "revoke", "reward", "route", "run", "sample", "save", "scan", "schedule",
        "score", "search", "seed", "select", "sell", "send", "set", "settle", "share", "ship", "sign", "simulate",
        "skip", "sort", "specify", "split", "start", "stop", "store", "submit", "subscribe", "succeed", "suggest",
        "supply", "suspend", "swap", "switch", "sync", "synchronize", "synchronise", "tag", "take", "terminate",
        "test", "track", "trade", "train", "transfer", "transform", "translate", "transmit", "trigger", "unassign",
        "unblock", "underwrite", "undo", "unload", "unlock", "unregister", "unsubscribe", "update", "upgrade",
        "upload", "use", "validate", "value", "verify", "void", "waive", "warn", "withdraw", "write",
    ]

    /// Irregular past tenses and participles that end event names (`FundsWithdrawn`, `PaymentMade`).
    static let irregularPastTense: Set<String> = [
        "arisen", "arose", "ate", "awoken", "became", "been", "began", "begun", "bent", "bid", "bitten", "blown", "bought", "bound", "broken",
        "brought", "built", "burnt", "came", "caught", "chose", "chosen", "come", "cut", "dealt", "done", "drawn", "drew", "driven", "drove", "dug",
        "eaten", "fallen", "fell", "felt", "flew", "fought", "found", "flown", "forbidden", "forgiven", "forgotten", "frozen", "given",
        "gone", "got", "gotten", "grew", "grown", "held", "hidden", "hit", "hung", "hurt", "kept", "knew", "known", "laid", "led",
        "left", "lent", "let", "lit", "lost", "made", "meant", "met", "overridden", "overthrown", "paid", "put",
        "quit", "read", "rebuilt", "redone", "reset", "rewritten", "ridden", "risen", "rode", "rose", "ran", "run", "rung", "said", "saw", "seen",
        "sent", "set", "shaken", "shed", "shone", "shot", "shown", "shut", "sold", "sought", "spent", "split", "spoke",
        "spoken", "spread", "stole", "stolen", "struck", "stuck", "sung", "sunk", "swept", "sworn", "swung", "taken", "taught", "threw", "took",
        "thought", "thrown", "told", "torn", "understood", "undertaken", "undertook", "undone", "upheld", "upset", "went", "withdrawn", "withdrew",
        "withheld", "woken", "won", "worn", "written", "wrote",
    ]
}
