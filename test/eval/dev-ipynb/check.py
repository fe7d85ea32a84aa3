#!/usr/bin/env python3
"""Check questions.yaml against notes/ (pandas probe set, raw Jupyter notebooks).

probe_check.check reads notes as plain text lines, which does not fit .ipynb JSON, so this script
loads each notebook with json and takes the lines of every cell's source (markdown and code, not
outputs), decoded and normalized as probe_check.norm does; the rules are those of probe_check.
"""
import collections, json, pathlib, sys
import yaml

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import KINDS, norm  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur anywhere in the notebooks
# (markdown, code, outputs, tracebacks and metadata; only the base64 of images is skipped)
OOS_TOPICS = {
    "polars": ["polars", "поларс", "lazyframe"],
    "Dask / parallel processing": ["dask", "даск", "распаралл", "параллельн"],
    "plotting (matplotlib / seaborn)": ["matplotlib", "seaborn", "сиборн", "plt.", ".plot(", "график",
                                        "гистограм", "визуализ"],
    "SQL via SQLAlchemy": ["sql", "алхими", "create_engine", "postgres", "постгр"],
    "scikit-learn": ["sklearn", "scikit", "train_test_split", "трейн", "модел"],
}
# forms the inflection questions rely on being absent from the cells' text
INFLECTION_ABSENT = ["сгруппировать", "пропущенными", "объединить"]

BINARY = ("image/png", "image/jpeg", "image/gif")


def text_of(x):
    return "".join(x) if isinstance(x, list) else str(x)


def cell_lines(nb):
    """The lines of every cell's source (markdown and code), decoded from the JSON."""
    out = []
    for cell in nb["cells"]:
        if cell["cell_type"] in ("markdown", "code"):
            out += text_of(cell["source"]).splitlines()
    return out


def all_text(nb):
    """Everything a reader could see in the notebook: sources, outputs, tracebacks, metadata."""
    parts = [json.dumps(nb.get("metadata", {}), ensure_ascii=False)]
    for cell in nb["cells"]:
        parts.append(text_of(cell["source"]))
        for o in cell.get("outputs", []):
            if "text" in o:
                parts.append(text_of(o["text"]))
            for mime, v in o.get("data", {}).items():
                if mime not in BINARY:
                    parts.append(text_of(v))
            parts += [o.get("ename", ""), o.get("evalue", "")] + list(o.get("traceback", []))
    return "\n".join(parts)


def main():
    errors = []
    files = sorted((HERE / "notes").glob("*.ipynb"))
    nbs = []
    for f in files:
        try:
            nb = json.loads(f.read_text(encoding="utf-8"))
        except ValueError as e:
            errors.append(f"{f.name}: not valid JSON ({e})")
            continue
        if nb.get("nbformat") != 4 or not isinstance(nb.get("cells"), list):
            errors.append(f"{f.name}: not an nbformat 4 notebook")
            continue
        nbs.append(nb)
    lines = [norm(l) for nb in nbs for l in cell_lines(nb)]
    cells_text = "\n".join(lines)
    whole = norm(" ".join(all_text(nb) for nb in nbs)) if nbs else ""
    size = sum(f.stat().st_size for f in files)
    ncells = sum(len(nb["cells"]) for nb in nbs)
    print(f"notes: {len(files)} notebooks, {size} bytes, {ncells} cells, {len(lines)} source lines")

    qs = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
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
                    errors.append(f"{tag}: expect not within one cell source line: {e!r}")
        if q.get("kind") == "comparison":
            if not q.get("covers") or len(q["covers"]) != 2:
                errors.append(f"{tag}: comparison needs two covers")
        elif "covers" in q:
            errors.append(f"{tag}: covers on a non-comparison")
    for topic, words in OOS_TOPICS.items():
        errors += [f"out-of-scope topic {topic}: {w!r} occurs in the notebooks" for w in words if w.lower() in whole]
    errors += [f"inflection form {w!r} occurs in the cells" for w in INFLECTION_ABSENT if w in cells_text]

    print("kinds:", ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions, all expect strings found within single cell source lines, "
          f"{len(OOS_TOPICS)} out-of-scope topics absent from the notebooks")


if __name__ == "__main__":
    main()
