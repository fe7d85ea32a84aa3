#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Git branching/rebase probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "git bisect": ["bisect", "бисект", "бинарн"],
    "submodules": ["submodule", "сабмодул", "подмодул"],
    "git hooks": ["hook", "хук", "pre-commit", "husky", "линтер"],
    "Git LFS": ["lfs", "large file", "psd"],
    ".gitignore": ["gitignore", "игнор", "ignored"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["конфликтами", "запушенной", "рефлогом"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
