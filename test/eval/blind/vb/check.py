#!/usr/bin/env python3
"""Check questions.yaml against notes/ (React state management probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Zustand": ["zustand", "зустанд", "цустанд"],
    "MobX": ["mobx", "мобх", "observable", "observer", "обсервабл"],
    "React Query / TanStack Query": ["tanstack", "react query", "react-query", "usequery", "квери"],
    "async thunks / middleware": ["thunk", "санк", "async", "асинхрон", "middleware", "мидлвар", "saga", "сага"],
    "useTransition / concurrent": ["transition", "несрочн", "usedeferredvalue", "concurrent", "конкурентн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["селекторами", "поднимать", "экшенами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
