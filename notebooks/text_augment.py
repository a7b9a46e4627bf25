"""Label-preserving text augmentation for the dubbelcheck report model (notebooks/text_model.ipynb).

Every operation is chosen so that, under the labelling rules of tests/data/README.md, the
statuses of nodule / pneumothorax / consolidation do not change:

* ``swap_synonyms``   a finding term -> another term of the *same* finding class
                      (``PTX`` <-> ``pneumothorax`` <-> ``klaplong``; ``infiltraat`` <-> ``consolidatie``
                      <-> ``pneumonie``; ``nodus`` <-> ``nodulus`` <-> ``rondhaard`` ...). Hedges,
                      negations and their scope are untouched.
* ``mirror_sides``    a full, consistent left/right mirror (``links``<->``rechts``, ``li``<->``re``,
                      ``RBK``<->``LBK`` ...) plus upper/lower lobe swap. Side and lobe never decide a status.
* ``add_question``    prepend a clinical-question line (``Vraagstelling: PTX?``). Question / indication
                      text is not an assertion (README), so labels stay as they are, and the model is
                      taught exactly that rule.
* ``add_distractor``  insert one or two sentences about things that are *not* any of the three findings
                      (heart size, lines, pleural fluid, atelectasis, tepelschaduw ...). None of them is a
                      global normal statement, so nothing is covered or negated by them.
* ``swap_hedges``     a hedge word -> another hedge of the same kind (``mogelijk`` <-> ``waarschijnlijk``
                      <-> ``eventueel``; ``verdacht voor`` <-> ``suggestief voor``; ``niet uit te sluiten``
                      <-> ``niet uitgesloten``). Under the rules all of them are hedges with the same scope.
* ``compose``         (on labelled pairs, not part of ``augment``) concatenate two reports that address
                      disjoint findings; each finding keeps the status of the only report that addresses it.
                      A separate arm of the notebook's ablation; it did not beat plain augmentation on dev.
* ``typos``           one character edit (drop / swap / double / replace) in finding words, hedge words
                      and section headers, like the ``typos`` style of the corpus. Never in ``geen``.

Not used: random case changes (the model lower-cases its input, so they are a no-op) and sentence
shuffling (the *final* assertion wins under the labelling rules, so order carries the label).
"""
from __future__ import annotations

import random
import re

# --- finding synonyms (same class, interchangeable for the status) ---------------------------------
SYNONYMS = {
    "pneumothorax_sg": ["pneumothorax", "PTX", "klaplong"],
    "consolidation_sg": ["infiltraat", "consolidatie", "pneumonie", "pneumonisch infiltraat",
                         "infiltratieve afwijking"],
    "consolidation_pl": ["infiltraten", "consolidaties", "infiltratieve afwijkingen"],
    "nodule_sg": ["nodus", "nodulus", "rondhaard", "haardje", "noduleuze afwijking"],
    "nodule_pl": ["noduli", "rondhaarden", "haardjes", "noduleuze afwijkingen"],
}
_SYN_RE = {k: re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(v, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE) for k, v in SYNONYMS.items()}

# --- hedge words (all of them make a finding uncertain, or all of them leave a cause-only hedge a cause-only
# hedge: swapping one for another of the same group keeps scope and status) ----------------------------
HEDGES = {
    "adverb": ["mogelijk", "waarschijnlijk", "eventueel", "vermoedelijk", "evt."],
    "adjective": ["mogelijke", "twijfelachtige", "eventuele"],
    "suspect": ["verdacht voor", "suggestief voor"],
    "rule_out": ["niet uit te sluiten", "niet uitgesloten", "niet goed uit te sluiten"],
}
_HEDGE_RE = {k: re.compile(r"(?<![\w.])(" + "|".join(re.escape(w) for w in sorted(v, key=len, reverse=True))
                           + r")(?![\w])", re.IGNORECASE) for k, v in HEDGES.items()}

# --- left/right mirror and upper/lower lobe swap ---------------------------------------------------
_SIDE = {"links": "rechts", "rechts": "links", "linker": "rechter", "rechter": "linker",
         "li": "re", "re": "li", "linkerzijde": "rechterzijde", "rechterzijde": "linkerzijde",
         "rbk": "lbk", "lbk": "rbk", "rok": "lok", "lok": "rok", "rbv": "lbv", "lbv": "rbv",
         "rov": "lov", "lov": "rov", "linkerlong": "rechterlong", "rechterlong": "linkerlong"}
_SIDE_RE = re.compile(r"\b(" + "|".join(sorted(_SIDE, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_LOBE = {"onderkwab": "bovenkwab", "bovenkwab": "onderkwab", "onderveld": "bovenveld", "bovenveld": "onderveld"}
_LOBE_RE = re.compile(r"(" + "|".join(_LOBE) + r")", re.IGNORECASE)

# --- clinical question lines (never an assertion) --------------------------------------------------
QUESTIONS = ["Pneumonie", "Infiltraat", "PTX", "Pneumothorax", "Klaplong", "Longmetastasen", "Metastasen",
             "Nodus", "Rondhaard", "Consolidatie", "PTX na drainverwijdering", "PTX na CVC-plaatsing",
             "Pneumonie of decompensatio cordis", "Haard", "Tumor"]
QUESTION_TEMPLATES = ["Vraagstelling: {q}?\n", "Klinische vraag: {q}?\n", "Vraag: {q}?\n",
                      "Klinische gegevens: {c}.\nVraagstelling: {q}?\n", "Indicatie: ter uitsluiting {ql}.\n",
                      "Anamnese: {c}. Vraag: {q}?\n"]
CONTEXTS = ["Koorts en hoesten", "Dyspnoe", "Thoraxpijn", "Controle na operatie", "Gewichtsverlies",
            "Benauwd sinds 2 dagen", "Status na val", "Bekend met COPD"]

# --- distractor sentences: none mentions a finding, none is a global normal statement ---------------
DISTRACTORS = ["Cor niet vergroot.", "Normale hartgrootte.", "Mediastinum niet verbreed.", "Geen pleuravocht.",
               "Kleine hoeveelheid pleuravocht links.", "Sinus phrenicocostales vrij.", "Hili normaal van aspect.",
               "Degeneratieve veranderingen van de wervelkolom.", "Sternotomiedraden in situ.",
               "Verkalkingen in de aortaboog.", "Dystelectase basaal beiderzijds.", "Lichte stuwing.",
               "Tepelschaduw rechts.", "Oude ribfractuur links.", "Pacemaker in situ.",
               "CVC via rechts, tip in de VCS.", "Maagsonde in situ.", "Hoogstand van het rechter diafragma.",
               "Geen stuwing.", "Cor grens.", "Elongatie van de aorta.", "Osteopenie.",
               "Ingezakte wervel Th12, bekend."]

# --- words that may receive a typo -----------------------------------------------------------------
TYPO_WORDS = sorted({w for v in SYNONYMS.values() for w in v if " " not in w and len(w) > 4}
                    | {"pneumothorax", "hydropneumothorax", "restpneumothorax", "infiltraat", "consolidatie",
                       "verdichting", "mogelijk", "waarschijnlijk", "afwijkingen", "conclusie", "verslag",
                       "vraagstelling", "bevindingen", "longmetastasen", "luchtbronchogram", "uitsluiten",
                       "twijfelachtig", "verdacht"}, key=len, reverse=True)
_TYPO_RE = re.compile(r"\b(" + "|".join(TYPO_WORDS) + r")\b", re.IGNORECASE)


def _match_case(src: str, dst: str) -> str:
    if src.isupper() and len(src) > 1:
        return dst.upper()
    if src[:1].isupper():
        return dst[:1].upper() + dst[1:]
    return dst.lower() if dst.isupper() and len(dst) > 3 else dst


def _swap(text: str, rng: random.Random, regexes: dict, table: dict, p: float) -> str:
    for k, rx in regexes.items():
        options = table[k]

        def rep(m):
            if rng.random() >= p:
                return m.group(0)
            return _match_case(m.group(0), rng.choice(options))
        text = rx.sub(rep, text)
    return text


def swap_synonyms(text: str, rng: random.Random, p: float = 0.6) -> str:
    return _swap(text, rng, _SYN_RE, SYNONYMS, p)


def swap_hedges(text: str, rng: random.Random, p: float = 0.7) -> str:
    return _swap(text, rng, _HEDGE_RE, HEDGES, p)


def mirror_sides(text: str, rng: random.Random, lobes: bool = True) -> str:
    text = _SIDE_RE.sub(lambda m: _match_case(m.group(0), _SIDE[m.group(0).lower()]), text)
    if lobes and rng.random() < 0.5:
        text = _LOBE_RE.sub(lambda m: _match_case(m.group(0), _LOBE[m.group(0).lower()]), text)
    return text


def add_question(text: str, rng: random.Random) -> str:
    # A report that opens with a bare question line ("Pneumonie?") keeps that line first: pushing it
    # down could turn it into a hedge inside the findings. Such reports are returned unchanged.
    if "?" in text.split("\n", 1)[0]:
        return text
    q = rng.choice(QUESTIONS)
    line = rng.choice(QUESTION_TEMPLATES).format(q=q, ql=q.lower(), c=rng.choice(CONTEXTS))
    return line + text


def add_distractor(text: str, rng: random.Random) -> str:
    # Insertion points: after a sentence end (". " / "! ") or at the start of a line, never before the
    # first line and never inside a first line that holds a "?" (a possible bare question line);
    # the end of the text is always allowed.
    first_end = text.find("\n") if "\n" in text else len(text)
    points = [m.end() for m in re.finditer(r"(?<=[.!]) +", text)]
    points += [m.end() for m in re.finditer(r"\n", text)]
    points += [len(text)]
    if "?" in text[:first_end]:
        points = [p for p in points if p > first_end or p == len(text)]
    points = sorted(set(p for p in points if p > 0))
    for _ in range(rng.choice([1, 1, 2])):
        p = rng.choice(points)
        d = rng.choice(DISTRACTORS)
        if p == len(text):
            ins = (" " if text and not text.endswith((" ", "\n")) else "") + d
        else:
            ins = d + " "
        text = text[:p] + ins + text[p:]
        points = sorted(set([q if q < p else q + len(ins) for q in points]))
    return text


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["drop", "swap", "double", "replace"])
    if op == "drop":
        return word[:i] + word[i + 1:]
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    c = rng.choice("aeiounrst")
    return word[:i] + (c.upper() if word[i].isupper() else c) + word[i + 1:]


def typos(text: str, rng: random.Random, p: float = 0.35) -> str:
    return _TYPO_RE.sub(lambda m: _typo(m.group(0), rng) if rng.random() < p else m.group(0), text)


OPS = {  # name -> (probability per augmented copy, function)
    "synonyms": (0.7, swap_synonyms),
    "hedges": (0.5, swap_hedges),
    "mirror": (0.5, mirror_sides),
    "question": (0.3, add_question),
    "distractor": (0.4, add_distractor),
    "typos": (0.3, typos),
}


def augment(text: str, rng: random.Random, ops=None) -> str:
    """One augmented copy: each op in `ops` (default: all) applied with its own probability.
    Retries (up to 10 times) until the copy differs from the original; may return the original."""
    names = list(OPS) if ops is None else list(ops)
    out = text
    for _ in range(10):
        chosen = [n for n in names if rng.random() < OPS[n][0]]
        out = text
        for n in ["synonyms", "hedges", "mirror", "typos", "distractor", "question"]:
            if n in chosen:
                out = OPS[n][1](out, rng)
        if out != text:
            break
    return out


def compose(a: dict, b: dict, findings=("nodule", "pneumothorax", "consolidation")):
    """Concatenate report `a` and report `b` (labelled dicts) when no finding is addressed by both:
    for each finding at least one of the two is not_mentioned, and the new status is the other one's.
    `b` must not open with a bare question line (a multi-line text whose first line holds "?"), since
    moving it behind `a` could turn the question into a hedge. Returns (text, labels) or None."""
    if "\n" in b["text"] and "?" in b["text"].split("\n", 1)[0]:
        return None
    labels = {}
    for f in findings:
        if a[f] != "not_mentioned" and b[f] != "not_mentioned":
            return None
        labels[f] = a[f] if a[f] != "not_mentioned" else b[f]
    sep = "\n" if "\n" in a["text"] or "\n" in b["text"] else " "
    return a["text"].rstrip() + sep + b["text"].lstrip(), labels
