#!/usr/bin/env python3
"""Check questions.yaml against notes/ (literature probe set, Google Keep Takeout export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Lermontov / Pechorin": ["лермонтов", "печорин", "фаталист", "нашего времени"],
    "Tolstoy / War and Peace": ["толстой", "войне и мире", "война и мир", "ростов", "болконск", "безухов", "наташ"],
    "Chekhov / The Cherry Orchard": ["чехов", "вишнев", "лопахин", "раневск"],
    "Griboyedov / Woe from Wit": ["грибоедов", "чацк", "фамусов", "горе от ума", "судьи кто"],
    "Bulgakov / The Master and Margarita": ["булгаков", "воланд", "маргарит"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["нигилистом", "помещиками", "старушку"]

# the notes are the Keep .json files (the .html twins hold the same text)
check(HERE, "*.json", OOS_TOPICS, INFLECTION_ABSENT)
