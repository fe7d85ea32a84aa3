#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Russian participles probe set, Google Docs .html export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "paronyms": ["пароним", "надеть", "одеть"],
    "parenthetical words / address": ["вводн", "обращени"],
    "numerals": ["числительн", "полтораст", "пятьсот", "пятисот"],
    "means of expression": ["метафор", "эпитет", "олицетвор", "выразительност"],
    "stress / orthoepy": ["ударени", "орфоэпи", "звонит", "торты"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["суффиксами", "деепричастиями", "запятыми"]

check(HERE, "*.html", OOS_TOPICS, INFLECTION_ABSENT)
