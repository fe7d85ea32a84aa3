#!/usr/bin/env python3
"""Check questions.yaml against notes/ (PostgreSQL performance probe set, plain hand-typed .txt notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "replication / failover": ["реплик", "replica", "replication", "standby", "patroni", "failover"],
    "partitioning": ["партиц", "partition", "секционир"],
    "backups": ["бэкап", "backup", "pg_dump", "pg_basebackup", "pgbackrest", "восстанов"],
    "pg_stat_statements / slow query log": ["pg_stat_statements", "auto_explain", "log_min_duration", "медленные запросы"],
    "deadlocks": ["deadlock", "дедлок", "взаимоблок"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["выражениям", "автовакууму", "раздуванием"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
