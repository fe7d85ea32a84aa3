#!/usr/bin/env python3
"""Checks a probe set's questions.yaml against its notes/ (shared by the sets' own check.py)."""
import collections, re, sys
import yaml

# The kinds of question of a probe set, and how many of each its 50 questions have.
KINDS = {"definition": 6, "paraphrase": 8, "comparison": 3, "inflection": 3, "slang": 3, "typo": 3,
         "layout": 2, "howto": 6, "list": 3, "why": 3, "english": 3, "one_word": 1, "out_of_scope": 6}


def norm(s):
    # exports leave a BOM, CRLF, tabs between table cells and non-breaking spaces
    s = s.replace("\ufeff", "").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def check(here, pattern, oos_topics, inflection_absent):
    """Exits non-zero, listing what is wrong, unless every question fits the notes in `here`/notes/`pattern`."""
    files = sorted((here / "notes").glob(pattern))
    lines = [norm(l) for f in files for l in f.read_text(encoding="utf-8").splitlines()]
    whole = "\n".join(lines)
    size = sum(f.stat().st_size for f in files)
    print(f"notes: {len(files)} files, {size} bytes, {len(lines)} lines")
    check_questions(here, lines, whole, oos_topics, inflection_absent)


def check_questions(here, lines, whole, oos_topics, inflection_absent, inflection_text=None, errors=()):
    """Exits non-zero, listing what is wrong (`errors` found before among them), unless every question of
    `here`/questions.yaml fits the notes: each expect string within one of `lines` (normalized), the out-of-scope
    topics' words absent from `whole`, the inflection forms from `inflection_text` (default `whole`)."""
    errors = list(errors)
    qs = yaml.safe_load((here / "questions.yaml").read_text(encoding="utf-8"))
    if len(qs) != 50:
        errors.append(f"{len(qs)} questions, want 50")
    counts = collections.Counter(q.get("kind") for q in qs)
    for k, n in KINDS.items():
        if counts.get(k, 0) != n:
            errors.append(f"kind {k}: {counts.get(k, 0)}, want {n}")
    errors += [f"unknown kind {k}" for k in counts if k not in KINDS]
    for i, q in enumerate(qs, 1):
        tag = f"#{i} {q.get('q')!r}"
        if not isinstance(q.get("q"), str) or not q["q"].strip():
            errors.append(f"{tag}: empty q")
        exp = q.get("expect")
        if q.get("kind") == "out_of_scope":
            if exp:
                errors.append(f"{tag}: out_of_scope has expect")
        else:
            if not exp or not (1 <= len(exp) <= 3):
                errors.append(f"{tag}: needs 1-3 expect strings")
            for e in exp or []:
                if not any(norm(e) in l for l in lines):
                    errors.append(f"{tag}: expect not within one notes line: {e!r}")
        if q.get("kind") == "comparison":
            if not q.get("covers") or len(q["covers"]) != 2:
                errors.append(f"{tag}: comparison needs two covers")
        elif "covers" in q:
            errors.append(f"{tag}: covers on a non-comparison")
    for topic, words in oos_topics.items():
        errors += [f"out-of-scope topic {topic}: {w!r} occurs in the notes" for w in words if w.lower() in whole]
    inflected = whole if inflection_text is None else inflection_text
    errors += [f"inflection form {w!r} occurs in the notes" for w in inflection_absent if w in inflected]

    print("kinds:", ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions, all expect strings found within single lines, "
          f"{len(oos_topics)} out-of-scope topics absent from the notes")
