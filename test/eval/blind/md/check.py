#!/usr/bin/env python3
"""Check questions.yaml against notes/ (SQL window functions and CTEs probe set, Joplin raw export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "indexes": ["индекс", "index", "b-tree", "btree"],
    "transactions / isolation": ["транзакц", "изоляц", "isolation", "transaction", "serializable"],
    "JSON / jsonb": ["json"],
    "triggers": ["триггер", "trigger"],
    "full-text search": ["tsvector", "tsquery", "полнотекст", "full text", "full-text"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["оконными", "дубликатами", "рекурсивными", "деревьям"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
