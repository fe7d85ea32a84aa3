#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Laravel probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "API tokens (Sanctum)": ["sanctum", "passport", "jwt", "токен", "token"],
    "Blade views": ["blade", "@foreach", "@extends", "шаблон", "лэйаут", "layout"],
    "testing": ["phpunit", "pest", "тест", "assert"],
    "task scheduling": ["schedule", "cron", "крон", "планировщик"],
    "Livewire": ["livewire", "ливвайр", "inertia"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["миграциями", "очередями", "связями"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
