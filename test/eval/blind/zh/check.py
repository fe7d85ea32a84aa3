#!/usr/bin/env python3
"""Check questions.yaml against notes/ (English grammar for Russian speakers, Obsidian-style Markdown notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "gerund vs infinitive": ["gerund", "герунди", "infinitive", "инфинитив", "enjoy"],
    "phrasal verbs": ["phrasal", "фразов", "give up", "look after"],
    "relative clauses": ["relative", "относительн", "придаточн", "whose", "which"],
    "question tags": ["question tag", "tag question", "разделительн", "isn't it", "don't you"],
    "I wish / if only": ["wish", "if only"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["артиклями", "страдательном", "косвенную", "реками", "горами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
