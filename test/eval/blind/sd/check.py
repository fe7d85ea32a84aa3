#!/usr/bin/env python3
"""Check questions.yaml against notes/ (geography of Russia probe set, Markdown notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "rivers of Africa": ["африк", " нил", "конго"],
    "Everest / Himalayas": ["эверест", "гимала", "джомолунгм", "непал"],
    "mineral resources": ["нефт", "месторожд", "ископаем", "добыва"],
    "population": ["населени", "численност", "демограф", "перепис"],
    "Amazon / South America": ["амазон", "америк", "экватор", "сельв"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["мерзлотой", "антициклонах", "поясах"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
