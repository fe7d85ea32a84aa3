#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux memory probe set, Obsidian vault of .md notes)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "huge pages / THP": ["hugepage", "huge page", "hugetlb", "thp", "transparent", "хьюдж"],
    "NUMA": ["numa", "нума", "numactl"],
    "zram / zswap": ["zram", "zswap", "сжат", "compress"],
    "memory leak debugging": ["valgrind", "утечк", "leak", "asan", "heaptrack"],
    "KSM": ["ksm", "samepage", "дедуплик", "склеива"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["грязными", "страницами", "контейнерам", "ограничить", "подкачкой"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
