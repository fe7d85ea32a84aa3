#!/usr/bin/env python3
"""Check questions.yaml against notes/ (photography basics probe set, MediaWiki markup in .txt files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "white balance": ["баланс бел", "white balance", "кельвин", "цветовая температур", "цветовой температур"],
    "flash": ["вспышк", "flash", "speedlight", "красных глаз", "красные глаза"],
    "editing software": ["lightroom", "лайтрум", "photoshop", "фотошоп", "пресет", "ползун"],
    "film photography": ["пленк", "плёнк", "проявк", "проявит", "film"],
    "macro": ["макро", "macro", "насеком"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["экспокоррекцией", "выдержками", "шумами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
