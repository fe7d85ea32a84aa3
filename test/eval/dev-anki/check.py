#!/usr/bin/env python3
"""Checks questions.yaml against notes/spring-boot.txt (Anki "Notes in Plain Text" export)."""
import csv
import io
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DECK = os.path.join(HERE, "notes", "spring-boot.txt")
QS = os.path.join(HERE, "questions.yaml")

KINDS = {
    "definition": 6, "paraphrase": 8, "comparison": 3, "inflection": 3, "slang": 3, "typo": 3,
    "layout": 2, "howto": 6, "list": 3, "why": 3, "english": 3, "one_word": 1, "out_of_scope": 6,
}
# key words of the five in-domain out-of-scope topics: none may occur in the deck
OOS_WORDS = {
    "spring security / jwt": ["security", "jwt", "токен"],
    "webflux": ["webflux", "flux", "reactive", "реактив", "reactor"],
    "flyway migrations": ["flyway", "liquibase", "миграц", "migration"],
    "@Scheduled": ["scheduled", "cron", "расписан"],
    "@Cacheable": ["cacheable", "cache", "кэш", "кеш", "redis"],
}

errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


raw = open(DECK, encoding="utf-8").read()
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines.pop()
header = [l for l in lines if l.startswith("#")]
body = [l for l in lines if not l.startswith("#")]
for h in ("#separator:tab", "#html:true", "#tags column:3"):
    if h not in header:
        errors.append(f"deck header lacks {h}")
if lines[: len(header)] != header:
    errors.append("header lines are not all at the top")

# every line: 2 or 3 TAB-separated fields (raw split; fields hold no TAB)
notes = []  # list of field lists (csv-decoded, as Anki would read them)
for i, l in enumerate(body, len(header) + 1):
    n = l.count("\t") + 1
    if n not in (2, 3):
        errors.append(f"deck line {i}: {n} fields")
    row = next(csv.reader(io.StringIO(l), delimiter="\t"))
    if len(row) != n:
        errors.append(f"deck line {i}: csv quoting changes the field count ({n} -> {len(row)})")
    notes.append(row)
size = os.path.getsize(DECK)
cloze = sum(1 for r in notes if "{{c" in r[0])

qs = yaml.safe_load(open(QS, encoding="utf-8"))
if len(qs) != 50:
    errors.append(f"{len(qs)} questions, want 50")
counts = {}
for q in qs:
    counts[q["kind"]] = counts.get(q["kind"], 0) + 1
for k, want in KINDS.items():
    if counts.get(k, 0) != want:
        errors.append(f"kind {k}: {counts.get(k, 0)}, want {want}")
for k in counts:
    if k not in KINDS:
        errors.append(f"unknown kind {k}")

seen = set()
for q in qs:
    text, kind = q["q"], q["kind"]
    if text in seen:
        errors.append(f"duplicate question: {text}")
    seen.add(text)
    if set(q) - {"q", "kind", "expect", "covers"}:
        errors.append(f"{text}: unknown fields {set(q) - {'q', 'kind', 'expect', 'covers'}}")
    if kind == "out_of_scope":
        if "expect" in q:
            errors.append(f"{text}: out_of_scope with expect")
        continue
    exp = q.get("expect")
    if not exp or not (1 <= len(exp) <= 3):
        errors.append(f"{text}: expect must have 1-3 strings")
        continue
    if kind == "comparison":
        cov = q.get("covers")
        if not cov or len(cov) != 2:
            errors.append(f"{text}: comparison needs two covers")
    elif "covers" in q:
        errors.append(f"{text}: covers on a non-comparison")
    for e in exp:
        if "<" in e or "&" in e or "{{" in e or "}}" in e:
            errors.append(f"{text}: expect has markup: {e!r}")
        ne = norm(e)
        # within a single field of one line, raw (as exported) and csv-decoded
        hits = [r for r in notes if any(ne in norm(f) for f in r[:2])]
        if not hits:
            on_line = any(ne in norm(l) for l in body)
            errors.append(f"{text}: expect not in any single field{' (spans fields)' if on_line else ''}: {e!r}")
        elif not any(ne in norm(l) for l in body):
            errors.append(f"{text}: expect only in csv-decoded text, not in the raw line: {e!r}")

low = raw.lower()
for topic, words in OOS_WORDS.items():
    for w in words:
        if w in low:
            errors.append(f"out-of-scope topic {topic}: deck contains {w!r}")

print(f"deck: {len(notes)} notes ({cloze} cloze), {size} bytes, header {len(header)} lines")
print(f"questions: {len(qs)}; " + ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS))
print(f"expect strings: {sum(len(q.get('expect', [])) for q in qs)}; out-of-scope topics checked: {len(OOS_WORDS)}")
if not (12 * 1024 <= size <= 14 * 1024):
    errors.append(f"deck size {size} bytes, want 12-14 KB")
if not (90 <= len(notes) <= 120):
    errors.append(f"{len(notes)} notes, want 90-120")
if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
