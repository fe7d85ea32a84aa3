#!/usr/bin/env python3
"""Check questions.yaml against notes/ (SQL window functions probe set, Jupyter notebook exported to Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "recursive CTE": ["recursive", "рекурсив", "дерев", "иерарх"],
    "ROLLUP / GROUPING SETS": ["rollup", "grouping sets", "cube", "подытог", "подитог"],
    "pivot / crosstab": ["crosstab", "pivot", "tablefunc", "сводн", "эксел"],
    "median / percentiles": ["медиан", "median", "percentile", "within group", "перцентил"],
    "indexes / EXPLAIN": ["explain", "индекс", "index", "btree", "тормоз"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["нарастающим", "скользящим", "партициям"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
