#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Git branching and history trial set, Obsidian-style Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "submodules": ["submodule", "сабмодул", "подмодул"],
    "hooks": ["hook", "хук", "pre-commit", "husky", "линтер"],
    "Git LFS": ["lfs", "large file", "бинарник"],
    "worktree": ["worktree", "ворктри"],
    ".gitignore": ["gitignore", "игнор", "node_modules", "exclude"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["конфликтами", "ребейзе", "ветками", "стэшами", "несколькими"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
