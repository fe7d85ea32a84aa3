#!/usr/bin/env python3
"""Check questions.yaml against notes/ (PostgreSQL replication and backups probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "backup tools (pgBackRest, Barman, WAL-G)": ["pgbackrest", "barman", "wal-g", "wal-e"],
    "cluster managers (Patroni)": ["patroni", "патрони", "etcd", "consul", "repmgr"],
    "connection pooling (PgBouncer)": ["pgbouncer", "bouncer", "пулер", "pooler", "pooling", "пул соединений", "pool_mode"],
    "partitioning": ["partition", "партиц", "секционир"],
    "query plans (EXPLAIN)": ["explain", "план запроса", "планировщик", "seq scan"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["слотами", "дампы", "отставанием"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
