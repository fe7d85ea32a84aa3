#!/usr/bin/env python3
"""Check questions.yaml against notes/ (personal finance probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "mortgage": ["ипотек", "mortgage", "первоначальн"],
    "cryptocurrency": ["крипт", "биткоин", "bitcoin", "crypto", "блокчейн"],
    "derivatives": ["фьючерс", "опцион", "дериватив", "гарантийн", "futures"],
    "pensions": ["пенси", "нпф", "пдс", "долгосрочных сбережений"],
    "short selling / margin": ["шорт", "short", "маржин", "плеч", "margin"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["облигациями", "поднимет", "диверсифицировать", "ребалансировать"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
