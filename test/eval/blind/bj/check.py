#!/usr/bin/env python3
"""Check questions.yaml against notes/ (PostgreSQL query planning probe set, Zettlr Markdown notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "partitioning": ["partition", "партиц", "секциониров"],
    "replication": ["replica", "реплик", "standby", "streaming"],
    "parallel query": ["parallel", "параллел", "gather", "worker", "воркер"],
    "full-text search": ["tsvector", "tsquery", "полнотекст", "full-text", "full text"],
    "locks / deadlocks": ["deadlock", "дедлок", "блокировк", "pg_locks", "for update"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["гистограммой", "соединениями", "составными", "индексами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
