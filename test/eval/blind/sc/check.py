#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Java collections and streams probe set, plain .txt notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "thread-safe collections": ["concurrenthashmap", "потокобезопас", "многопоточ", "synchronized", "thread", "поток"],
    "parallel streams": ["parallel", "параллел", "forkjoin"],
    "generics wildcards": ["wildcard", "pecs", "? extends", "? super", "дженерик", "generic"],
    "PriorityQueue": ["priorityqueue", "приоритет", "heap"],
    "WeakHashMap": ["weakhashmap", "weakreference", "weak", "слабые ссылки", "слабых ссыл"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["коллизиями", "компараторами", "переопределять"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
