#!/usr/bin/env python3
"""Scores a labelled JSONL corpus through the `redact` subcommand, from outside the build, with the public corpus
README's rule (public/README.md): a span leaks if it survives verbatim (case-insensitive) or, with 7+ digits, if its
digits appear in the output line's digits (Unicode digits mapped to 0-9); a line with no spans must come back byte for
byte; every keep token must survive.

Usage: python3 score.py CORPUS.jsonl [java -jar agent/target/telo-agent.jar]
"""
import json
import subprocess
import sys
import unicodedata
from collections import defaultdict


def digits(s):
    return "".join(str(unicodedata.digit(c)) for c in s if unicodedata.digit(c, None) is not None)


def main():
    corpus = sys.argv[1]
    cmd = sys.argv[2:] or ["java", "-jar", "agent/target/telo-agent.jar"]
    rows = [json.loads(l) for l in open(corpus, encoding="utf-8") if l.strip()]
    # the CLI contract is one line out per line in, so embedded newlines cannot be part of a record
    data = "".join(r["text"] + "\n" for r in rows).encode("utf-8")
    res = subprocess.run(cmd + ["redact"], input=data, capture_output=True, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
    out = res.stdout.decode("utf-8").split("\n")
    assert res.returncode == 0, res.stderr
    assert len(out) == len(rows) + 1 and out[-1] == "", "one LF-ended line out per line in"
    by_type = defaultdict(lambda: [0, 0])
    harmless = unchanged = keeps = kept = 0
    for r, o in zip(rows, out):
        if not r["pii"]:
            harmless += 1
            unchanged += o == r["text"]
        for p in r["pii"]:
            t = by_type[p["type"]]
            t[0] += 1
            sd = digits(p["span"])
            leak = p["span"].lower() in o.lower() or (len(sd) >= 7 and sd in digits(o))
            t[1] += not leak
            if leak:
                print("LEAK", r.get("id"), p["type"], repr(r["text"]), "=>", repr(o), file=sys.stderr)
        for k in r["keep"]:
            keeps += 1
            kept += k in o
        if not r["pii"] and o != r["text"]:
            print("CHANGED", r.get("id"), repr(r["text"]), "=>", repr(o), file=sys.stderr)
    for t, (n, c) in sorted(by_type.items()):
        print(f"| {t} | {n} | {c} | {100 * c / n:.2f} % |")
    items = sum(n for n, _ in by_type.values())
    caught = sum(c for _, c in by_type.values())
    print(f"| all personal items | {items} | {caught} | {100 * caught / max(items, 1):.2f} % |")
    print(f"| harmless lines unchanged | {harmless} | {unchanged} | {100 * unchanged / max(harmless, 1):.2f} % |")
    print(f"| keep tokens kept | {keeps} | {kept} | {100 * kept / max(keeps, 1):.2f} % |")
    print(res.stderr.decode("utf-8").strip())


if __name__ == "__main__":
    main()
