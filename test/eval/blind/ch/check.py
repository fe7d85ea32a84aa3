#!/usr/bin/env python3
"""Check questions.yaml against notes/ (music theory for guitar probe set, Apple Notes copied into one .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "pentatonic / blues scale": ["пентатон", "pentaton", "блюз", "blues"],
    "modes": ["дорийск", "миксолид", "лидийск", "фригийск", "dorian", "mixolydian", "lydian", "phrygian"],
    "alternate tunings": ["drop d", "дроп", "open g", "открытый строй", "dadgad", "перестро"],
    "staff notation": ["нотн", "скрипичн", "нотоносец", "stave"],
    "rhythm / time signatures": ["6/8", "3/4", "синкоп", "размер такта", "триол"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["полутонами", "тональностях", "ступенями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
