#!/usr/bin/env python3
"""Check questions.yaml against notes/ (PostgreSQL VACUUM probe set, GitHub wiki .md pages)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "connection pooling / PgBouncer": ["pgbouncer", "пулер", "pooling", "пул соединений", "pool_mode"],
    "pg_dump backups": ["pg_dump", "pg_restore", "бэкап", "бекап", "backup", "восстанов"],
    "partitioning": ["партиц", "partition", "секционир"],
    "full-text search": ["tsvector", "tsquery", "полнотекст", "full-text", "full text"],
    "reading EXPLAIN": ["explain", "actual time", "loops"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["мертвыми", "кортежами", "замораживать", "раздутыми", "индексами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
