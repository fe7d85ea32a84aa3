#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Russian labour law probe set, Word documents saved as plain text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five out-of-scope topics from other areas of law; none may occur in the notes
OOS_TOPICS = {
    "alimony (family law)": ["алимент", "пристав", "исполнительный лист"],
    "inheritance": ["наследств", "нотариус", "завещани"],
    "consumer protection": ["потребител", "товар", "магазин"],
    "tax deduction": ["вычет", "ндфл", "ипотек"],
    "motor insurance / road accident": ["осаго", "дтп", "автомобил", "виновник"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сокращенным", "неиспользованными", "отпусками", "испытательным"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
