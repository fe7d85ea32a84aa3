#!/usr/bin/env python3
"""Check questions.yaml against notes/ (nervous system for the ЕГЭ probe set, Obsidian vault with Excalidraw)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "the eye and vision receptors": ["сетчатк", "колбоч", "хрусталик", "близорук"],
    "the ear and hearing": ["улитк", "барабанн", "кортиев", "евстахиев"],
    "hormones and endocrine glands": ["инсулин", "диабет", "щитовидн", "тироксин"],
    "types of temperament / higher nervous activity": ["темперамент", "холерик", "сангвиник", "меланхолик"],
    "sleep phases": ["быстрого сна", "фаза сна", "фазе сна", "сновиден", "бессонниц"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["медиаторами", "продолговатым", "перехватами"]

# the vault's notes and its Excalidraw drawing (*.excalidraw.md), in any folder
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
