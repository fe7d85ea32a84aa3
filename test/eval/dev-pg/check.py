#!/usr/bin/env python3
"""Checks questions.yaml against notes/postgres-course.txt (run: python3 check.py)."""
import re, sys, collections
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes" / "postgres-course.txt"
QUESTIONS = HERE / "questions.yaml"

KINDS = {"definition": 6, "paraphrase": 8, "comparison": 3, "inflection": 3, "slang": 3,
         "typo": 3, "layout": 2, "howto": 6, "list": 3, "why": 3, "english": 3,
         "one_word": 1, "out_of_scope": 6}
# the five in-domain out-of-scope topics: none of these may occur anywhere in the notes
OOS_KEYWORDS = {
    "partitioning": ["партиц", "partition", "секцион"],
    "row level security": ["row level", "row-level", "rls", "policy", "политик"],
    "listen/notify": ["listen", "notify"],
    "materialized view": ["materialized", "материализ", "matview"],
    "postgres_fdw": ["fdw", "foreign data", "foreign table", "внешн"],
}
# inflection questions: forms the notes must not contain
INFLECTION_ABSENT = ["отменять", "реплицировать", "выражениям"]

def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()

errors = []
text = NOTES.read_text(encoding="utf-8")
lines = [norm(l) for l in text.splitlines()]
low = text.casefold()
qs = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))

if len(qs) != 50:
    errors.append(f"expected 50 questions, got {len(qs)}")
counts = collections.Counter(q.get("kind") for q in qs)
for k, n in KINDS.items():
    if counts[k] != n:
        errors.append(f"kind {k}: expected {n}, got {counts[k]}")
for k in counts:
    if k not in KINDS:
        errors.append(f"unknown kind {k!r}")

n_expect = 0
for i, q in enumerate(qs, 1):
    tag = f"#{i} {q.get('q')!r}"
    if not isinstance(q.get("q"), str) or not q["q"].strip():
        errors.append(f"{tag}: empty q")
    exp = q.get("expect")
    if q.get("kind") == "out_of_scope":
        if exp:
            errors.append(f"{tag}: out_of_scope has expect")
        if "covers" in q:
            errors.append(f"{tag}: out_of_scope has covers")
        continue
    if not exp or not isinstance(exp, list) or not 1 <= len(exp) <= 3:
        errors.append(f"{tag}: expect must be a list of 1-3 strings")
        continue
    for e in exp:
        n_expect += 1
        ne = norm(e)
        if not any(ne in l for l in lines):
            errors.append(f"{tag}: expect not within one line of notes: {e!r}")
    if q["kind"] == "comparison":
        cov = q.get("covers")
        if not cov or len(cov) != 2:
            errors.append(f"{tag}: comparison needs covers with two sides")
        else:
            for c in cov:
                if c.casefold() not in low:
                    errors.append(f"{tag}: covers word not in notes: {c!r}")
    elif "covers" in q:
        errors.append(f"{tag}: covers on a non-comparison")

for topic, words in OOS_KEYWORDS.items():
    for w in words:
        if w.casefold() in low:
            errors.append(f"out-of-scope topic {topic!r}: keyword {w!r} occurs in notes")
for w in INFLECTION_ABSENT:
    if w in low:
        errors.append(f"inflection form {w!r} occurs in notes")

size = NOTES.stat().st_size
print(f"notes: {size} bytes, {len(lines)} lines; questions: {len(qs)}; expect strings: {n_expect}")
print("kinds:", ", ".join(f"{k} {counts[k]}" for k in KINDS))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
