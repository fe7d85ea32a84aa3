#!/usr/bin/env python3
"""Check questions.yaml against notes/ (C++ memory management probe set, pdftotext extraction of a chapter)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "leak detection tools": ["valgrind", "вальгринд", "sanitizer", "санитайзер", "asan"],
    "placement new / allocators": ["placement", "аллокатор", "allocator", "memory_resource", "pmr"],
    "RVO / copy elision": ["rvo", "elision", "элизи"],
    "alignment": ["alignas", "alignof", "выравнивани", "sizeof", "padding"],
    "virtual destructor": ["virtual", "виртуальн", "наследо", "полиморф", "базов"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["утечками", "висячими", "указателями", "циклическими", "ссылками"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
