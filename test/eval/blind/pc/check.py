#!/usr/bin/env python3
"""Check questions.yaml against notes/ (probability theory probe set, LaTeX lecture notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Markov chains": ["марковск", "цепь маркова", "цепи маркова", "markov chain", "переходн"],
    "characteristic / generating functions": ["характеристическ", "производящ", "characteristic function",
                                              "generating function"],
    "maximum likelihood estimation": ["правдоподоб", "likelihood", "оценка параметр", "estimator"],
    "hypothesis testing": ["p-value", "p-значен", "проверка гипотез", "проверке гипотез", "значимост"],
    "Brownian motion": ["броун", "винеров", "brownian", "wiener"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["перемножать", "дисперсиями", "несовместными", "событиями"]

check(HERE, "*.tex", OOS_TOPICS, INFLECTION_ABSENT)
