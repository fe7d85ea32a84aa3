#!/usr/bin/env python3
"""Check questions.yaml against notes/ (binary search and two pointers probe set, LaTeX lecture notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Dijkstra / shortest paths": ["дейкстр", "dijkstra", "граф", "кратчайш"],
    "dynamic programming / knapsack": ["динамическ", "рюкзак", "knapsack"],
    "segment tree / Fenwick": ["дерево отрезков", "дерева отрезков", "segment tree", "фенвик", "fenwick"],
    "heaps / priority queue": ["heapq", "heap", "куча", "кучи", "кучу", "приоритет"],
    "string matching (KMP, prefix function)": ["кмп", "kmp", "префикс-функц", "префикс функц", "z-функц", "кнута"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["указателями", "дубликатами", "бинпоиском", "вещественным", "числам"]

check(HERE, "*.tex", OOS_TOPICS, INFLECTION_ABSENT)
