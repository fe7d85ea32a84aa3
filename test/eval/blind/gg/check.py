#!/usr/bin/env python3
"""Check questions.yaml against notes/ (PostgreSQL basics probe set, Typora Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "replication": ["реплик", "replica", "replication", "standby"],
    "partitioning": ["partition", "партиц", "секционир"],
    "full-text search": ["tsvector", "tsquery", "полнотекст", "full-text", "full text"],
    "backups": ["pg_dump", "pg_restore", "бэкап", "backup", "резервн"],
    "window functions": ["оконн", "window function", "row_number", "over (", "нарастающ"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["составными", "индексами", "внешними", "ключами", "мертвыми", "версиями"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
