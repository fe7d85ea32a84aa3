#!/usr/bin/env python3
"""Check questions.yaml against notes/: counts, kinds, expect strings, covers, out-of-scope absence."""
import collections
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
NOTES = sorted((HERE / "notes").glob("*.md"))

KINDS = {
    "definition": 6, "paraphrase": 8, "comparison": 3, "inflection": 3, "slang": 3, "typo": 3,
    "layout": 2, "howto": 6, "list": 3, "why": 3, "english": 3, "one_word": 1, "out_of_scope": 6,
}
# key words of the five in-domain out-of-scope topics: none may occur anywhere in the notes
OUT_OF_SCOPE_WORDS = [
    "hypothesis", "property-based",             # property-based testing
    "async", "await", "asyncio",                # testing coroutines
    "tox", "nox", "версиях питона",             # several Python versions
    "mutmut", "мутац", "mutation",              # mutation testing
    "doctest", "docstring", "докстринг",        # doctests
]
# inflection questions: word forms the notes must not contain
INFLECTION_FORMS = ["параметризовать", "регистрируют", "перехватить", "логи "]
# layout questions: what each one must decode to (ЙЦУКЕН typed on QWERTY)
LAYOUT = {"gfhfvtnhbpfwbz": "параметризация", "dhtvtyyfz gfgrf": "временная папка"}
RU, EN = "йцукенгшщзхъфывапролджэячсмитьбю.ё", "qwertyuiop[]asdfghjkl;'zxcvbnm,./`"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


errors = []
lines = []  # (file, lineno, normalized line)
for p in NOTES:
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        lines.append((p.name, i, norm(line)))
alltext = "\n".join(l for _, _, l in lines)

qs = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
if len(qs) != 50:
    errors.append(f"expected 50 questions, got {len(qs)}")

counts = collections.Counter(q.get("kind") for q in qs)
for k, n in KINDS.items():
    if counts.get(k, 0) != n:
        errors.append(f"kind {k}: expected {n}, got {counts.get(k, 0)}")
for k in counts:
    if k not in KINDS:
        errors.append(f"unknown kind {k}")

seen_q = set()
hits = 0
for q in qs:
    text, kind, expect = q.get("q"), q.get("kind"), q.get("expect")
    if not text:
        errors.append(f"question without q: {q}")
        continue
    if norm(text) in seen_q:
        errors.append(f"duplicate question: {text}")
    seen_q.add(norm(text))
    extra = set(q) - {"q", "kind", "expect", "covers"}
    if extra:
        errors.append(f"{text!r}: unknown fields {extra}")
    if kind == "out_of_scope":
        if expect:
            errors.append(f"{text!r}: out_of_scope must have no expect")
        continue
    if not isinstance(expect, list) or not 1 <= len(expect) <= 3:
        errors.append(f"{text!r}: expect must be a list of 1-3 strings")
        continue
    for e in expect:
        where = [(f, i) for f, i, l in lines if norm(e) in l]
        if not where:
            errors.append(f"{text!r}: expect not found within one line: {e!r}")
        else:
            hits += 1
    if kind == "comparison":
        cov = q.get("covers")
        if not isinstance(cov, list) or len(cov) != 2:
            errors.append(f"{text!r}: comparison needs covers with two sides")
    elif "covers" in q:
        errors.append(f"{text!r}: covers only on comparisons")
    if kind == "layout":
        decoded = "".join(dict(zip(EN, RU)).get(c, c) for c in text)
        if LAYOUT.get(text) != decoded:
            errors.append(f"{text!r}: layout decodes to {decoded!r}, expected {LAYOUT.get(text)!r}")

for w in OUT_OF_SCOPE_WORDS:
    for f, i, l in lines:
        if w.lower() in l:
            errors.append(f"out-of-scope word {w!r} occurs in {f}:{i}")
for w in INFLECTION_FORMS:
    if w.lower() in alltext:
        errors.append(f"inflection form {w!r} occurs in the notes")

size = sum(p.stat().st_size for p in NOTES)
print(f"notes: {len(NOTES)} files, {size} bytes")
print(f"questions: {len(qs)}; kinds: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS))
print(f"expect strings found within one line: {hits}")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
