#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Python packaging probe set, the Markdown sources of an MkDocs Material site)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the .md notes
# (probe_check reads only *.md; mkdocs.yml is checked for the same words below)
OOS_TOPICS = {
    "conda / mamba environments": ["conda", "конда", "mamba", "anaconda"],
    "Docker images for Python apps": ["docker", "докер", "контейнер", "container", "образ"],
    "Cython / C extensions": ["cython", "цитон", "pybind", "cffi", "ext_modules", ".pyx"],
    "uv": ["uv add", "uv pip", "uv sync", "uv venv", "astral", "`uv`", " uv "],
    "tox / nox test matrices": ["tox", "nox", "матриц"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["опубликовать", "активировать", "зафиксировать"]

# mkdocs.yml lies in notes/ too: keep the out-of-scope key words out of it as well
yml = (HERE / "notes" / "mkdocs.yml").read_text(encoding="utf-8").lower()
bad = [f"{t}: {w!r}" for t, ws in OOS_TOPICS.items() for w in ws if w.lower() in yml]
if bad:
    print("FAIL: out-of-scope key words in notes/mkdocs.yml:", ", ".join(bad))
    sys.exit(1)

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
