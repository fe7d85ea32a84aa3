#!/usr/bin/env python3
"""Check questions.yaml against notes/ (pandas probe set, raw Jupyter notebooks).

probe_check.check reads notes as plain text lines, which does not fit .ipynb JSON, so this script
loads each notebook with json and takes the lines of every cell's source (markdown and code, not
outputs), decoded and normalized as probe_check.norm does, and checks them by probe_check's rules
(check_questions); the out-of-scope words are looked for in the whole notebooks, outputs included.
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

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

    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, inflection_text=cells_text, errors=errors)


if __name__ == "__main__":
    main()
