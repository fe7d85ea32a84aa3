#!/usr/bin/env python3
"""Check questions.yaml against notes/ (economics for beginners probe set, Obsidian-style Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "exchange rates": ["валют", "девальвац", "exchange rate", "курс рубл", "курс доллар"],
    "bonds and stocks": ["облигац", "офз", "бирж", "stock", "дивиденд"],
    "utility theory": ["полезност", "utility", "безразлич"],
    "income inequality": ["джини", "gini", "лоренц", "неравенств"],
    "fiscal policy / public debt": ["госдолг", "профицит", "фискальн", "госбюджет", "дефицит бюджета", "fiscal"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["монополисты", "безработными", "эластичными"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
