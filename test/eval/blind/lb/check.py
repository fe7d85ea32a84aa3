#!/usr/bin/env python3
"""Check questions.yaml against notes/ (PostgreSQL indexes blind set, plain .txt lecture notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "replication": ["реплик", "replica", "standby", "streaming"],
    "partitioning": ["партиц", "partition", "секциониров"],
    "isolation levels": ["изоляц", "isolation", "serializable", "repeatable read"],
    "backups": ["бэкап", "backup", "pg_dump", "pg_restore", "восстанов"],
    "connection pooling": ["pgbouncer", "пул соединений", "pooler", "max_connections"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["частичными", "индексами", "планировщику", "сортировками"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
