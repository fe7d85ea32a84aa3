#!/usr/bin/env python3
"""Check questions.yaml against notes/ (React hooks probe set, Google Docs .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "server components": ["server component", "серверн", "use client", "rsc"],
    "Suspense / lazy loading": ["suspense", "саспенс", "fallback", "react.lazy", "спиннер"],
    "Redux": ["redux", "редакс", "toolkit", "слайс", "useselector"],
    "React Router": ["router", "роутер", "роутинг", "маршрут"],
    "testing": ["testing", "jest", "vitest", "тест"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зависимостями", "индексами", "ключами", "мемоизировать", "колбэки"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
