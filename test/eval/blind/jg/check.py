#!/usr/bin/env python3
"""Check questions.yaml against notes/ (macroeconomics probe set, Google Docs .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "fiscal policy (taxes, budget)": ["налог", "бюджет", "фискальн", "госдолг"],
    "Phillips curve / unemployment": ["филлипс", "phillips", "безработ", "unemploy"],
    "cryptocurrency": ["биткоин", "bitcoin", "крипт", "блокчейн"],
    "gold standard / Bretton Woods": ["золот", "gold", "бреттон", "bretton"],
    "IS-LM": ["is-lm", "is lm", "хикс", "hicks", "кривая is"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["таргетирует", "инфляционными", "ожиданиями", "денежными", "агрегатами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
