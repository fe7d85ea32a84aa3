#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Git everyday probe set, Apple Notes copied into a .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "submodules": ["submodule", "сабмодул", "подмодул"],
    "bisect": ["bisect", "бисект", "бинарный поиск"],
    "cherry-pick": ["cherry", "черри"],
    "hooks": ["hook", "хук", "pre-commit", "husky", "линтер"],
    "Git LFS": ["lfs", "large file", "бинарник"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["конфликтами", "ветками", "незакоммиченными"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
