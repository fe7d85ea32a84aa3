#!/usr/bin/env python3
"""Check questions.yaml against notes/ (algorithms lecture notes probe set, LaTeX PDF saved with pdftotext)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "red-black trees": ["красно-черн", "красно черн", "черное", "red-black"],
    "minimum spanning trees": ["остовн", "краскал", "kruskal", "spanning", "алгоритм прима"],
    "max flow": ["поток", "flow", "фалкерсон", "пропускн"],
    "string matching (KMP)": ["кмп", "kmp", "префикс-функц", "префикс функц", "подстрок"],
    "segment trees": ["дерево отрезков", "дерева отрезков", "segment tree", "запрос суммы"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["коллизиями", "перекрывающимися", "подзадачами", "сравнениями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
