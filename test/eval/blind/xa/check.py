#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Vue 3 probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Nuxt / SSR": ["nuxt", "ssr", "server-side", "гидрац", "hydrat"],
    "Teleport": ["teleport", "телепорт", "модалк"],
    "Transition / animation": ["transition", "анимац", "v-enter", "появлени"],
    "testing": ["vitest", "test-utils", "test utils", "jest", "тест"],
    "KeepAlive": ["keepalive", "keep-alive", "onactivated", "ondeactivated"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["геттерами", "деструктурировать", "хуками"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
