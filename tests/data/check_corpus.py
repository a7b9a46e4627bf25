#!/usr/bin/env python3
"""Validates tests/data/reports.jsonl and prints count tables.

Checks: every line is a JSON object; ids unique and of the form rNNNN; split in
train/dev/test; style and text non-empty strings; statuses in the allowed set;
laterality has exactly the three finding keys with values in {"", links, rechts,
beiderzijds}, and a side only for present/uncertain findings; optional note is a string.

Usage: python3 tests/data/check_corpus.py [path]   (exit status 1 on any error)
"""
import json
import os
import re
import sys
from collections import Counter

FINDINGS = ("nodule", "pneumothorax", "consolidation")
STATUSES = ("present", "absent", "uncertain", "not_mentioned")
SPLITS = ("train", "dev", "test")
SIDES = ("", "links", "rechts", "beiderzijds")
KEYS = {"id", "split", "style", "text", "laterality", *FINDINGS}
OPTIONAL = {"note"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "reports.jsonl")
    errors = []
    rows = []
    seen = set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
                continue
            if not isinstance(r, dict):
                errors.append("line %d: not an object" % n)
                continue
            where = "line %d (%s)" % (n, r.get("id"))
            missing = KEYS - r.keys()
            extra = r.keys() - KEYS - OPTIONAL
            if missing:
                errors.append("%s: missing keys %s" % (where, sorted(missing)))
                continue
            if extra:
                errors.append("%s: unexpected keys %s" % (where, sorted(extra)))
            if not isinstance(r["id"], str) or not re.fullmatch(r"r\d{4}", r["id"]):
                errors.append("%s: bad id" % where)
            if r["id"] in seen:
                errors.append("%s: duplicate id" % where)
            seen.add(r["id"])
            if r["split"] not in SPLITS:
                errors.append("%s: bad split %r" % (where, r["split"]))
            for k in ("style", "text"):
                if not isinstance(r[k], str) or not r[k].strip():
                    errors.append("%s: empty %s" % (where, k))
            if "note" in r and (not isinstance(r["note"], str) or not r["note"].strip()):
                errors.append("%s: empty note" % where)
            lat = r["laterality"]
            if not isinstance(lat, dict) or set(lat) != set(FINDINGS):
                errors.append("%s: laterality must have exactly %s" % (where, FINDINGS))
                lat = {}
            for f in FINDINGS:
                if r[f] not in STATUSES:
                    errors.append("%s: bad status %s=%r" % (where, f, r[f]))
                side = lat.get(f, "")
                if side not in SIDES:
                    errors.append("%s: bad laterality %s=%r" % (where, f, side))
                if side and r[f] not in ("present", "uncertain"):
                    errors.append("%s: laterality for %s but status is %s" % (where, f, r[f]))
            rows.append(r)

    print("file: %s" % path)
    print("reports: %d   with note: %d   normal (all three absent): %d" % (
        len(rows), sum(1 for r in rows if "note" in r),
        sum(1 for r in rows if all(r[f] == "absent" for f in FINDINGS))))
    print()

    # finding x status, per split and overall
    cols = list(SPLITS) + ["all"]
    print("%-14s %-14s" % ("finding", "status") + "".join("%8s" % c for c in cols))
    print("-" * (28 + 8 * len(cols)))
    for f in FINDINGS:
        for s in STATUSES:
            counts = [sum(1 for r in rows if r["split"] == sp and r[f] == s) for sp in SPLITS]
            print("%-14s %-14s" % (f, s) + "".join("%8d" % c for c in counts + [sum(counts)]))
        print("-" * (28 + 8 * len(cols)))
    split_tot = Counter(r["split"] for r in rows)
    print("%-29s" % "reports per split" + "".join("%8d" % split_tot[s] for s in SPLITS) + "%8d" % len(rows))
    print()

    # style x split
    styles = sorted(Counter(r["style"] for r in rows))
    print("%-14s" % "style" + "".join("%8s" % c for c in cols))
    print("-" * (14 + 8 * len(cols)))
    for st in styles:
        counts = [sum(1 for r in rows if r["split"] == sp and r["style"] == st) for sp in SPLITS]
        print("%-14s" % st + "".join("%8d" % c for c in counts + [sum(counts)]))
    print()

    # laterality among present/uncertain
    print("laterality (present/uncertain findings only)")
    for f in FINDINGS:
        c = Counter(r["laterality"][f] or "(none)" for r in rows if r[f] in ("present", "uncertain"))
        print("  %-14s %s" % (f, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    print()

    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
