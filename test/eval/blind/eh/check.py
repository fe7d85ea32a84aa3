#!/usr/bin/env python3
"""Check questions.yaml against notes/ (English tenses probe set, Apple Notes copied into a .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "conditionals": ["conditional", "кондишн", "кондиционал", "would", "если бы"],
    "articles": ["article", "артикл"],
    "passive voice": ["passive", "пассив", "страдательн"],
    "reported speech": ["reported", "indirect speech", "косвенн", "согласование времен"],
    "phrasal verbs": ["phrasal", "фразов", "give up"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["глаголами", "маркерами", "договоренностях"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
