"""Checks Editors/storm.tmLanguage.json with Oniguruma, the regex engine of TextMate grammars.

1. Every regex of the grammar compiles with Oniguruma (onigurumacffi; pip install onigurumacffi).
2. A small TextMate tokenizer (match, begin/end, captures, includes: what the grammar uses) scopes
   every .storm file given: each keyword of the language, outside comments and strings and where it
   is not used as a name, must get a `keyword.*` scope.
Prints one line per problem and exits 1 if there is any; prints a summary and exits 0 otherwise.
Usage: python3 check_grammar.py GRAMMAR FILE.storm...
"""
import json
import re
import sys

import onigurumacffi

KEYWORDS = {
    "domain", "subdomain", "core", "supporting", "generic", "team", "contact", "context", "implements", "owner", "vision",
    "actor", "external", "system", "id", "value", "entity", "enum", "aggregate", "invariant", "command", "by", "emits",
    "event", "policy", "when", "then", "read", "model", "from", "hotspot", "data", "product", "input", "port", "consumes",
    "output", "publishes", "freshness", "availability", "map", "partnership", "shared", "kernel", "separate", "ways",
    "millisecond", "milliseconds", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
    "or", "fails", "with", "lifecycle", "final", "every", "after", "unless", "week", "weeks", "month", "months", "year",
    "years", "scenario", "given", "nothing", "query", "returns", "asked", "extend", "use", "unclassified",
    "name", "technology", "exposes", "rights", "type", "state", "collaboration", "facilitating", "was",
}
JOINED = re.compile(r"(?<![\w-])x-as-a-service(?![\w-])")  # a keyword of words joined by `-`
problems = []


def compile_all(node, path="grammar"):
    """Compiles every regex of the grammar, keeping the compiled forms on the rules."""
    if isinstance(node, dict):
        for key in ("match", "begin", "end", "while"):
            if key in node:
                try:
                    node["_" + key] = onigurumacffi.compile(node[key])
                except Exception as error:  # onigurumacffi raises its own error type
                    problems.append(f"{path}.{key}: does not compile: {error}: {node[key]}")
        for key, value in node.items():
            if not key.startswith("_"):
                compile_all(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            compile_all(value, f"{path}[{index}]")


def expand(patterns, repository):
    """The rules of a pattern list, includes replaced by what they name."""
    rules = []
    for rule in patterns:
        if "include" in rule:
            rules += expand([repository[rule["include"][1:]]], repository)
        elif "patterns" in rule and "match" not in rule and "begin" not in rule:
            rules += expand(rule["patterns"], repository)
        else:
            rules.append(rule)
    return rules


def tokenize(text, grammar):
    """The scopes of every character of `text` (a list of scope lists)."""
    repository = grammar["repository"]
    scopes = [[] for _ in text]
    stack = []  # open begin/end rules, with the scopes they add
    offset = 0
    for line in text.split("\n"):
        position = 0
        while position <= len(line):
            current = stack[-1] if stack else None
            rules = expand(current["patterns"] if current and "patterns" in current else (grammar["patterns"] if not current else []), repository)
            best = None
            if current:
                found = current["_end"].search(line, position)
                if found:
                    best = (found.start(), 0, current, found, "end")
            for order, rule in enumerate(rules, 1):
                regex = rule.get("_match") or rule.get("_begin")
                found = regex.search(line, position)
                if found and (best is None or (found.start(), order) < best[:2]):
                    best = (found.start(), order, rule, found, "begin" if "_begin" in rule else "match")
            outer = [s for r in stack for s in ([r["name"]] if "name" in r else [])]
            if best is None or best[3].end() == best[3].start() == position and best[4] != "end":
                for index in range(position, len(line)):
                    scopes[offset + index] = list(outer)
                break
            _, _, rule, found, kind = best
            for index in range(position, found.start()):
                scopes[offset + index] = list(outer)
            names = outer + ([rule["name"]] if "name" in rule and kind != "end" else [])
            if kind == "end":
                names = outer
            for index in range(found.start(), found.end()):
                scopes[offset + index] = list(names)
            captures = rule.get({"match": "captures", "begin": "beginCaptures", "end": "endCaptures"}[kind]) or rule.get("captures") or {}
            for group, capture in captures.items():
                start, end = found.span(int(group))
                for index in range(max(start, 0), max(end, 0)):
                    scopes[offset + index] = scopes[offset + index] + [capture["name"]]
            if kind == "begin":
                stack.append(rule)
            elif kind == "end":
                stack.pop()
            if found.end() == position and kind != "begin":
                position += 1
            else:
                position = max(found.end(), position + (1 if found.end() == found.start() else 0))
        offset += len(line) + 1
    return scopes


def check(path, grammar):
    text = open(path, encoding="utf-8").read()
    scopes = tokenize(text, grammar)
    checked = 0
    for word in re.finditer(r"[^\W\d]\w*", text):
        if word.group() not in KEYWORDS:
            continue
        here = scopes[word.start()]
        if any(s.startswith(("comment", "string")) for s in here):
            continue
        after = text[word.end():]
        before = text[:word.start()]
        if re.match(r"\s*:", after) and not re.search(r"\b(subdomain|policy)\s+\w+\s*$", before):
            continue  # a field's name
        if before.endswith(".") or after.startswith("."):
            continue  # part of a qualified name
        if re.search(r"\b(context|domain|team|actor|system|id|value|entity|enum|aggregate|command|event|policy|model|product|port|owner|by|emits|when|then|from|consumes|publishes|query|use|given|unless|returns|with|final|or)\s+$", before) \
                and word.group() not in ("map", "model", "system", "product", "port", "when", "implements"):
            continue  # a declared or referenced name
        checked += 1
        if not any(s.startswith("keyword") for s in here):
            line = text.count("\n", 0, word.start()) + 1
            problems.append(f"{path}:{line}: keyword `{word.group()}` scoped {here or ['(nothing)']}")
    for word in JOINED.finditer(text):
        here = scopes[word.start()]
        if any(s.startswith(("comment", "string")) for s in here):
            continue
        checked += 1
        if not all(any(s.startswith("keyword") for s in scopes[i]) for i in range(word.start(), word.end())):
            line = text.count("\n", 0, word.start()) + 1
            problems.append(f"{path}:{line}: keyword `{word.group()}` scoped {here or ['(nothing)']}")
    return checked


def main():
    grammar = json.load(open(sys.argv[1], encoding="utf-8"))
    compile_all(grammar)
    if problems:
        print("\n".join(problems))
        return 1
    total = sum(check(path, grammar) for path in sys.argv[2:])
    if problems:
        print("\n".join(problems))
        return 1
    print(f"grammar OK: every regex compiles; {total} keywords in {len(sys.argv) - 2} files all scoped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
