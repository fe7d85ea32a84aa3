#!/usr/bin/env python3
"""Check questions.yaml against notes/ (dynamic programming probe set, plain-text learning diary)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "bitmask DP / TSP": ["bitmask", "битмаск", "маск", "tsp", "коммивояж", "salesman"],
    "DP on trees": ["tree", "дерев", "dfs", "диаметр"],
    "digit DP": ["digit", "цифр", "разряд"],
    "matrix chain multiplication": ["matrix chain", "матриц", "перемнож"],
    "Floyd–Warshall / shortest paths": ["floyd", "флойд", "warshall", "уоршелл", "кратчайш", "вершин"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["рюкзаки", "подзадачами", "повторяющимися", "монетами", "способами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
