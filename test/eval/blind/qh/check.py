#!/usr/bin/env python3
"""Check questions.yaml against notes/ (organic chemistry probe set, Evernote .enex export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "arenes / benzene": ["бензол", "арены", "арен ", "толуол", "ароматич", "нитрование"],
    "alkynes / acetylene": ["алкин", "ацетилен", "тройн", "кучеров", "карбид"],
    "carbohydrates": ["глюкоз", "сахароз", "крахмал", "целлюлоз", "моносахарид"],
    "amino acids / proteins": ["аминокислот", "белок", "белк", "пептид"],
    "dienes / rubber": ["каучук", "бутадиен", "изопрен", "диены", "вулканизац"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["гомологами", "галогенами", "перманганатом"]

check(HERE, "*.enex", OOS_TOPICS, INFLECTION_ABSENT)
