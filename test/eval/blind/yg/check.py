#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Scrum probe set, Word documents saved as plain text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "scaling frameworks (SAFe, LeSS, Nexus)": ["safe", "less", "nexus", "масштаб", "scrum of scrums"],
    "Jira and trackers": ["jira", "джир", "трекер"],
    "OKR": ["okr", "key result", "ключевые результат", "окр"],
    "Extreme Programming practices": ["extreme programming", "экстремальн", "парное", "pair programming", "tdd"],
    "certification": ["psm", "csm", "сертифика", "экзамен"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ретроспективах", "приоритизирует", "оценивать", "сторипоинтах"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
