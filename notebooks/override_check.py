"""How the bundled text model's overrides do on probe rounds it never saw (standard library only).

    python notebooks/override_check.py [--binary target/release/dubbelcheck] [--choose 45-89] [--check 90-99]

Runs `dubbelcheck extract --text-model on` over tests/data/probe_reports.jsonl and joins the model's
`text_model_status` / `text_model_probability` with the lexicon's first-sight statuses in
tests/data/probe_lexicon_before.jsonl (each round's status from the build kept just before that round
was used for tuning). Prints, per candidate (lexicon status -> model status) pair and threshold, how
often applying it would have been right and wrong on the check rounds, then a greedy forward
selection on the choice rounds (the notebook's rule: all 12 pairs at 0.8 / 0.9 / 0.95, stop when a
step gains less than 0.001 pooled macro-F1) scored on the check rounds beside the card's overrides.
Only rounds the model was not trained on count: model 0.7 saw rounds 1-44, so pick rounds >= 45.

With `--write` the greedy choice replaces the card's `overrides` (and their comment) and the card gets a
`[reselection]` table with the rounds and scores; everything else in the card stays as
`notebooks/text_model.ipynb` wrote it. The card is written to a temporary file, then renamed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

LABELS = ["present", "absent", "uncertain", "not_mentioned"]
FINDINGS = ["nodule", "pneumothorax", "consolidation"]
REPO = Path(__file__).resolve().parent.parent


def rounds(text):
    a, _, b = text.partition("-")
    return int(a), int(b or a)


def scores(gold, pred):
    """Pooled 4-class macro-F1 and reported-F1 (present or uncertain), as `eval-text` computes them."""
    f1 = []
    for c in LABELS:
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        f1.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    rep = lambda s: s in ("present", "uncertain")
    tp = sum(rep(g) and rep(p) for g, p in zip(gold, pred))
    fp = sum(not rep(g) and rep(p) for g, p in zip(gold, pred))
    fn = sum(rep(g) and not rep(p) for g, p in zip(gold, pred))
    return sum(f1) / 4, 2 * tp / (2 * tp + fp + fn)


def apply(rules, pairs):
    out = []
    for q in pairs:
        s = q["lexicon"]
        for lex, model, t in rules:
            if s == lex and q["model"] == model and q["p"] >= t:
                s = model
                break
        out.append(s)
    return out


def score(rules, pairs):
    return scores([q["gold"] for q in pairs], apply(rules, pairs))


def greedy(pairs):
    rules, best = [], score([], pairs)[0]
    while True:
        used = {(x, y) for x, y, _ in rules}
        cands = [(x, y, t) for x in LABELS for y in LABELS if x != y and (x, y) not in used for t in (0.8, 0.9, 0.95)]
        gain, c = max((score(rules + [c], pairs)[0], c) for c in cands)
        if gain - best < 0.001:
            return rules
        rules.append(c)
        best = gain


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=os.environ.get("DUBBELCHECK", ""), help="dubbelcheck binary (default: cargo's release build)")
    ap.add_argument("--choose", default="45-89", help="rounds for the greedy choice, e.g. 45-89")
    ap.add_argument("--check", default="90-99", help="rounds to score the choice and the card on")
    ap.add_argument("--write", action="store_true", help="replace the card's overrides by the greedy choice")
    args = ap.parse_args()
    binary = args.binary or str(Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "release" / "dubbelcheck")
    card = tomllib.loads((REPO / "models" / "text-nl" / "card.toml").read_text())
    bundled = [(o["lexicon"], o["model"], o["min_probability"]) for o in card["overrides"]]

    probes = REPO / "tests" / "data" / "probe_reports.jsonl"
    gold = {d["id"]: d for d in map(json.loads, probes.read_text().splitlines()) if d}
    before = {d["id"]: d for d in map(json.loads, (REPO / "tests" / "data" / "probe_lexicon_before.jsonl").read_text().splitlines()) if d}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract.jsonl"
        subprocess.run([binary, "extract", "--reports", str(probes), "--out", str(out), "--text-model", "on"], check=True, capture_output=True)
        model = {(d["id"], d["finding"]): d for d in map(json.loads, out.read_text().splitlines()) if d}
    pairs = [
        dict(round=b["round"], gold=gold[i][f], lexicon=b[f], model=model[(i, f)]["text_model_status"], p=model[(i, f)]["text_model_probability"])
        for i, b in before.items()
        for f in FINDINGS
    ]
    (c0, c1), (k0, k1) = rounds(args.choose), rounds(args.check)
    choose = [q for q in pairs if c0 <= q["round"] <= c1]
    check = [q for q in pairs if k0 <= q["round"] <= k1]
    if not choose or not check:
        sys.exit("no first-sight statuses for those rounds")

    print(f"rounds {args.check} ({len(check) // 3} reports): applying one pair alone, right / wrong")
    for t in (0.8, 0.9, 0.95):
        cells = []
        for x in LABELS:
            for y in (y for y in LABELS if y != x):
                hit = [q for q in check if q["lexicon"] == x and q["model"] == y and q["p"] >= t]
                right, wrong = sum(q["gold"] == y for q in hit), sum(q["gold"] == x for q in hit)
                if right or wrong:
                    cells.append(f"{x} -> {y} {right} / {wrong}")
        print(f"  p >= {t}: " + "; ".join(cells))
    chosen = greedy(choose)
    print(f"\ngreedy choice on rounds {args.choose} ({len(choose) // 3} reports): {chosen}")
    print(f"card overrides: {bundled}")
    table = {}
    for name, ps in ((f"rounds {args.choose} (choice)", choose), (f"rounds {args.check} (check)", check)):
        (a, b), (c, d), (e, g) = score([], ps), score(bundled, ps), score(chosen, ps)
        print(f"{name:24s} lexicon alone {a:.4f} / {b:.4f} | card {c:.4f} / {d:.4f} | greedy choice {e:.4f} / {g:.4f}")
        table[name] = dict(reports=len(ps) // 3, lexicon=(a, b), card=(c, d), chosen=(e, g))
    if args.write:
        write_card(REPO / "models" / "text-nl" / "card.toml", chosen, bundled, args, table)


def toml_overrides(rules):
    return "[" + ", ".join(f'{{ lexicon = "{x}", model = "{y}", min_probability = {t} }}' for x, y, t in rules) + "]"


def write_card(path, chosen, before, args, table):
    """Replaces the overrides line, its comment and any earlier `[reselection]` table; the rest stays."""
    lines = path.read_text().split("\n")
    k = next(i for i, l in enumerate(lines) if l.startswith("overrides = "))
    c = next(i for i in range(k, -1, -1) if lines[i].startswith("# Where the model's status replaces"))
    comment = [
        "# Where the model's status replaces the lexicon's (src/text/combine.rs): for a listed (lexicon status, model",
        "# status) pair at or above min_probability. Re-selected by notebooks/override_check.py --write (the notebook's",
        f"# greedy rule) on this model's predictions against the lexicon's first-sight statuses on probe rounds {args.choose},",
        f"# which the model never saw; rounds {args.check} check it (see [reselection]; the notebook's own choice: [combination]).",
    ]
    lines[c:k + 1] = comment + [f"overrides = {toml_overrides(chosen)}"]
    lines[0] = lines[0].replace("(written by notebooks/text_model.ipynb; do not edit by hand)",
                                "(written by notebooks/text_model.ipynb, overrides by notebooks/override_check.py; do not edit by hand)")
    if "[reselection]" in lines:
        r = lines.index("[reselection]")
        end = next((i for i in range(r + 1, len(lines)) if lines[i].startswith("[")), len(lines))
        del lines[r:end]
    while lines and lines[-1] == "":
        lines.pop()
    f4 = lambda x: float(f"{x:.4f}")
    method = "notebooks/override_check.py: greedy forward selection (all 12 pairs at 0.8 / 0.9 / 0.95, step gain >= 0.001 pooled macro-F1) on the bundled model's predictions vs tests/data/probe_lexicon_before.jsonl"
    lines += ["", "[reselection]", f"method = {json.dumps(method)}",
              f'choose = "rounds {args.choose}"', f'check = "rounds {args.check}"', f"overrides_before = {toml_overrides(before)}"]
    for name, t in table.items():
        lines.append(f'"{name}" = {{ reports = {t["reports"]}, lexicon_macro_f1 = {f4(t["lexicon"][0])}, lexicon_reported_f1 = {f4(t["lexicon"][1])}, '
                     f'before_macro_f1 = {f4(t["card"][0])}, before_reported_f1 = {f4(t["card"][1])}, chosen_macro_f1 = {f4(t["chosen"][0])}, chosen_reported_f1 = {f4(t["chosen"][1])} }}')
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # still a valid card
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
