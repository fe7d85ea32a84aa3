#!/usr/bin/env python3
"""Check questions.yaml against notes/ (electrolysis probe set, iPhone Notes exported to Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "galvanic cells": ["гальванич", "даниэл", "эдс", "батаре", "аккумулятор"],
    "corrosion": ["коррози", "ржав", "протектор"],
    "hydrolysis of salts": ["гидролиз"],
    "chemical equilibrium": ["равновеси", "шателье", "давлени"],
    "permanganate redox": ["перманганат", "kmno4", "марганцов"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["электролизом", "анодах", "фторидами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
