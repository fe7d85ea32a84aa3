#!/usr/bin/env python3
"""Check questions.yaml against notes/ (MySQL indexes probe set, one hurried Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "partitioning": ["partition", "партици", "секциониров"],
    "replication": ["replica", "реплик", "binlog", "slave", "слейв"],
    "full-text search": ["fulltext", "полнотекст", "match(", "against"],
    "deadlocks / isolation": ["deadlock", "дедлок", "взаимоблок", "isolation", "изоляци"],
    "backups": ["backup", "бэкап", "xtrabackup", "резервн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["составными", "индексами", "медленными", "запросами", "буферного"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
