#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Apache Spark probe set, Notion pages exported as Markdown).

The notes are read as plain text lines, as probe_check.check does (a table row, a fenced code line and a toggle's
indented line are each one line). Before the shared checks, the export shape is checked here: UTF-8 without a BOM,
LF line endings, a `# Title` first line with Notion's property lines (`Tags:`, `Created:`) under it, a 32-hex-digit
Notion id at the end of each file name, balanced ``` fences and <aside> blocks, and, over the three files, callouts,
toggles, tables, python / sql / bash code blocks and inline `code`.
"""
import pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (titles, properties and code included)
OOS_TOPICS = {
    "Delta Lake / time travel": ["delta", "дельт", "time travel", "versionasof", "acid", "vacuum"],
    "MLlib": ["mllib", "pyspark.ml", "машинн", "регресс", "vectorassembler", "обучен"],
    "JDBC sources": ["jdbc", "postgres", "постгр", "mysql", "partitioncolumn", "lowerbound"],
    "bucketing": ["bucket", "бакет"],
    "dynamic allocation": ["dynamicallocation", "dynamic allocation", "динамическ", "minexecutors",
                           "maxexecutors", "автомасштаб"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["партиционировать", "оконными", "перераспределить"]
# the slang and misspellings of the slang / typo questions must not be in the notes either
SLANG_TYPO_ABSENT = ["ярн", "вотермарк", "сольтинг", "brodcast", "shufle", "persit"]


def shape(files, errors):
    """Checks the Notion export shape; returns counts of what the notes contain."""
    stats = {"callouts": 0, "toggles": 0, "table rows": 0, "code blocks": 0, "inline code": 0}
    langs = set()
    for f in files:
        name, raw = f.name, f.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{name}: starts with a BOM")
        if b"\r" in raw:
            errors.append(f"{name}: has CR line endings")
        if not raw.endswith(b"\n"):
            errors.append(f"{name}: no final newline")
        if not re.search(r" [0-9a-f]{32}\.md$", name):
            errors.append(f"{name}: no Notion id at the end of the file name")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(f"{name}: not UTF-8: {e}")
            continue
        lines = text.split("\n")
        if not lines[0].startswith("# "):
            errors.append(f"{name}: first line is not a `# Title`")
        head = lines[1:6]
        for prop in ("Tags: ", "Created: "):
            if not any(l.startswith(prop) for l in head):
                errors.append(f"{name}: no `{prop.strip()}` property line under the title")
        fence, aside = None, 0
        for l in lines:
            s = l.strip()
            if s.startswith("```"):
                if fence is None:
                    fence = s[3:]
                    stats["code blocks"] += 1
                    langs.add(fence)
                    if not fence:
                        errors.append(f"{name}: a code block without a language")
                else:
                    fence = None
                continue
            if fence is not None:
                continue
            if s == "<aside>":
                aside += 1
                stats["callouts"] += 1
            elif s == "</aside>":
                aside -= 1
            if re.match(r"- \*\*[^*]+\*\*$", l):
                stats["toggles"] += 1
            if s.startswith("|") and s.endswith("|"):
                stats["table rows"] += 1
            stats["inline code"] += len(re.findall(r"`[^`]+`", l))
        if fence is not None:
            errors.append(f"{name}: unclosed ``` fence")
        if aside:
            errors.append(f"{name}: unbalanced <aside>")
    for k, v in stats.items():
        if not v:
            errors.append(f"the notes have no {k}")
    for lang in ("python", "sql", "bash"):
        if lang not in langs:
            errors.append(f"the notes have no ```{lang} block")
    return stats


def main():
    files = sorted((HERE / "notes").glob("*.md"))
    errors = []
    stats = shape(files, errors)
    lines = [norm(l) for f in files for l in f.read_text(encoding="utf-8-sig").splitlines()]
    whole = "\n".join(lines)
    errors += [f"slang/typo form {w!r} occurs in the notes" for w in SLANG_TYPO_ABSENT if w in whole]
    size = sum(f.stat().st_size for f in files)
    print(f"notes: {len(files)} files, {size} bytes, {len(lines)} lines, "
          + ", ".join(f"{v} {k}" for k, v in stats.items()))
    if len(files) != 3:
        errors.append(f"{len(files)} .md files in notes/, want 3")
    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
