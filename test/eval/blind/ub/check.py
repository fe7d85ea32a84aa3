#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Vue vs React vs Svelte probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "routing": ["router", "роутер", "роутинг", "маршрут"],
    "testing": ["тест", "jest", "vitest", "testing", "playwright", "cypress"],
    "animations / transitions": ["transition", "анимац", "animate", "плавн"],
    "Angular": ["angular", "ангуляр", "rxjs"],
    "SSR / hydration": ["ssr", "гидрац", "hydrat", "серверн", "на сервере", "server-side"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["вычисляемыми", "мутациями", "сторами", "глобальными"]

# the vault keeps its notes in a folder (and Obsidian's settings in .obsidian/)
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
