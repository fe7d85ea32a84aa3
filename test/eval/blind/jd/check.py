#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Ancient Rome probe set, speech-to-text dictation .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Justinian's code": ["юстиниан", "кодекс", "дигест", "corpus"],
    "aqueducts": ["акведук", "водопровод", "бетон"],
    "Boudica": ["боудик", "боадице", "ицен"],
    "Virgil / literature": ["вергили", "энеид", "овиди", "гораци"],
    "medicine": ["гален", "медицин", "врач", "лечени"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["консулом", "карфагеном", "крестьянам", "обедневшим"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
