#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Spanish grammar probe set, Jekyll blog folder)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "gustar": ["gustar", "gusta", "encanta"],
    "condicional": ["condicional", "hablaría", "comería", "условн"],
    "object pronouns / leísmo": ["leísmo", "леизм", "местоимени", "pronombre"],
    "reflexive verbs": ["возвратн", "reflexiv", "levantarse", "ducharse"],
    "imperative": ["imperativ", "императив", "повелительн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["артиклями", "профессиями", "прилагательными", "сомнениями", "отрицаниями"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
