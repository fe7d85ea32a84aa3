#!/usr/bin/env python3
"""Check questions.yaml against notes/ (first aid probe set, a Hugo blog's content folder)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "frostbite": ["обморож", "отморож", "frostbite", "мороз"],
    "snake bite": ["змей", "змея", "змеи", "snake", "гадюк", "укус"],
    "epileptic seizure": ["эпилеп", "судорог", "seizure", "припад"],
    "stroke": ["инсульт", "stroke", "перекос"],
    "anaphylaxis": ["анафилак", "адреналин", "epipen", "эпипен", "аллерг", "гортан", "пчел"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пузырями", "жгуты", "компрессиями"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
