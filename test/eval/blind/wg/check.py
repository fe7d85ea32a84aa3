#!/usr/bin/env python3
"""Check questions.yaml against notes/ (organic chemistry probe set, pdftotext extraction of lecture slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "arenes / benzene": ["бензол", "арены", "аренов", "аромат", "хюккел", "толуол"],
    "alkynes / acetylene": ["алкин", "ацетилен", "карбид", "тройн"],
    "amines": ["амин", "анилин", "аммиак"],
    "carbohydrates": ["глюкоз", "фруктоз", "углеводы", "сахарид"],
    "NMR spectroscopy": ["ямр", "nmr", "спектр", "химический сдвиг"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пропену", "присоединением", "этилену", "нумеровать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
