#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Jetpack Compose probe set, text extracted from PDF slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "animations": ["animat", "анимац", "crossfade", "transition"],
    "Room / local database": ["room", "sqlite", "dao", "база данных", "базу данных", "@entity"],
    "dependency injection": ["hilt", "dagger", "koin", "inject", "инжект", "инъекц", "внедрен"],
    "UI testing": ["test", "тест", "espresso", "composerule"],
    "theming / dark theme": ["theme", "темн", "тёмн", "dark", "colorscheme", "цветовая схема"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["модификаторами", "рекомпозиций", "ключами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
