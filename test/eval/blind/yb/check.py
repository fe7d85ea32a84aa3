#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Cassandra probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "lightweight transactions": ["lightweight", "lwt", "paxos", "паксос", "if not exists", "serial"],
    "materialized views": ["materialized", "материализ", "матвью", "view", "вьюх"],
    "secondary indexes / SAI": ["secondary", "вторичн", "create index", "sasi", "storage attached",
                                "storage-attached", "индекс"],
    "gossip / snitch": ["gossip", "госсип", "snitch", "снитч"],
    "backups / snapshots": ["snapshot", "снапшот", "бэкап", "backup", "sstableloader"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["тамбстоунами", "репликами", "партициями", "консистентност"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
