#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Go concurrency probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "sync/atomic": ["atomic", "атомарн", "compareandswap"],
    "sync.Cond": ["sync.cond", "broadcast", "условн"],
    "errgroup": ["errgroup", "golang.org/x/sync"],
    "sync.Pool": ["sync.pool", "пул объектов", "переиспольз"],
    "scheduler / GOMAXPROCS": ["gomaxprocs", "планировщик", "scheduler", "gosched"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["горутинами", "мьютексом", "закрытые"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
