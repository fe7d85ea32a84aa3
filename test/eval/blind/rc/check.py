#!/usr/bin/env python3
"""Check questions.yaml against notes/ (nutrition and sports physiology probe set, plain .txt notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "vitamins and minerals": ["витамин", "vitamin", "ферритин", "железо", "кальци"],
    "injuries": ["травм", "растяжен", "связк", "голеностоп", "сухожил"],
    "intermittent fasting": ["голодани", "fasting", "16/8", "интервальн"],
    "doping": ["допинг", "стероид", "wada", "тестостерон"],
    "altitude training": ["высокогор", "гипокси", "altitude", "горы", "высот"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["граммов", "килограмм", "тренировками", "восполнять", "электролитами", "пробежках"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
