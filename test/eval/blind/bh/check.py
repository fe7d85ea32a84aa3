#!/usr/bin/env python3
"""Check questions.yaml against notes/ (houseplant care probe set, Apple Notes copied into one .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "fertilizing": ["удобрен", "подкорм", "fertiliz", "азот", "npk"],
    "propagation": ["черенок", "черенк", "укорен", "размнож", "propagat"],
    "hydroponics": ["гидропон", "hydropon", "семигидро"],
    "pruning": ["обрез", "прищип", "формировк", "pruning"],
    "toxicity to pets": ["кошк", "токсичн", "ядовит", "животн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["трипсами", "перлитом", "поливами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
