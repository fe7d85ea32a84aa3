#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Argo CD probe set)."""
import collections, pathlib, re, sys
import yaml

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"definition": 6, "paraphrase": 8, "comparison": 3, "inflection": 3, "slang": 3, "typo": 3,
         "layout": 2, "howto": 6, "list": 3, "why": 3, "english": 3, "one_word": 1, "out_of_scope": 6}
# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Argo Rollouts / canary": ["rollout", "canary", "канаре", "blue-green", "blue/green"],
    "Image Updater": ["updater", "image update", "новый тег"],
    "notifications": ["notification", "уведомл", "slack", "слак", "телег", "telegram"],
    "SSO": ["sso", "oidc", "keycloak", "dex", "okta"],
    "secrets encryption": ["sealed", "vault", "sops", "шифр"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["волнами", "применяются", "хуков", "откатываться", "синки"]

norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
errors = []
files = sorted((HERE / "notes").glob("*.txt"))
lines = [norm(l) for f in files for l in f.read_text(encoding="utf-8").splitlines()]
whole = "\n".join(lines)
size = sum(f.stat().st_size for f in files)
print(f"notes: {len(files)} files, {size} bytes, {len(lines)} lines")

qs = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
if len(qs) != 50:
    errors.append(f"{len(qs)} questions, want 50")
counts = collections.Counter(q.get("kind") for q in qs)
for k, n in KINDS.items():
    if counts.get(k, 0) != n:
        errors.append(f"kind {k}: {counts.get(k, 0)}, want {n}")
for k in counts:
    if k not in KINDS:
        errors.append(f"unknown kind {k}")
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
        cov = q.get("covers")
        if not cov or len(cov) != 2:
            errors.append(f"{tag}: comparison needs two covers")
    elif "covers" in q:
        errors.append(f"{tag}: covers on a non-comparison")
for topic, words in OOS_TOPICS.items():
    for w in words:
        if w.lower() in whole:
            errors.append(f"out-of-scope topic {topic}: {w!r} occurs in the notes")
for w in INFLECTION_ABSENT:
    if w in whole:
        errors.append(f"inflection form {w!r} occurs in the notes")

print("kinds:", ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print(f"OK: {len(qs)} questions, all expect strings found within single lines, "
      f"{len(OOS_TOPICS)} out-of-scope topics absent from the notes")
