#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Git internals probe set, a small MkDocs site: docs/*.md)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "submodules": ["submodule", "сабмодул", "субмодул"],
    "Git LFS / large files": ["lfs", "large file", "psd"],
    "hooks": ["hook", "хук", "pre-commit", "линтер"],
    "worktree": ["worktree", "ворктри"],
    "commit signing": ["gpg", "подпис", "signed", "verified"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["блобах", "тегами", "бисектом"]

check(HERE, "docs/*.md", OOS_TOPICS, INFLECTION_ABSENT)
