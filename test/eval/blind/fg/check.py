#!/usr/bin/env python3
"""Check questions.yaml against notes/ (CPU caches / pipeline / branch prediction probe set, Google Docs .md export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "TLB / virtual memory": ["tlb", "page table", "таблиц страниц", "виртуальн", "страничн"],
    "SIMD / vector instructions": ["simd", "avx", "векторн", "интринсик", "intrinsic"],
    "Spectre / Meltdown": ["spectre", "meltdown", "спектр", "side-channel", "side channel", "атак"],
    "NUMA": ["numa", "нума", "сокет", "socket"],
    "register renaming / Tomasulo": ["tomasulo", "томасуло", "renaming", "переименован", "reorder buffer",
                                     "out-of-order"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["конфликтными", "промахами", "предсказателе", "двухбитные", "счетчики", "обратной", "записью"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
