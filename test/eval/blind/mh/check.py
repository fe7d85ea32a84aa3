#!/usr/bin/env python3
"""Check questions.yaml against notes/ (music theory probe set, Apple Notes copied into .txt files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "metre / time signatures": ["размер", "такт", "сильная доля", "6/8", "time signature"],
    "tuning / temperament": ["темпер", "чистом строе", "герц", "tuning", "пифагор"],
    "voice leading / counterpoint": ["голосовед", "контрапункт", "параллельные квинты", "voice leading", "counterpoint"],
    "modulation": ["модуляц", "modulation", "pivot", "отклонени"],
    "blues scale": ["блюз", "blues", "blue note"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["тональностями", "полутонами", "обращений"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
