#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Redis probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Redis Cluster": ["cluster", "кластер", "hash slot", "слот", "шард"],
    "Pub/Sub": ["pub/sub", "publish", "subscribe", "паблиш", "подписк"],
    "Lua scripting": ["lua", "eval", "скрипт"],
    "Streams": ["xadd", "xread", "consumer group", "stream", "стрим"],
    "transactions": ["multi", "exec", "транзакц", "watch", "discard"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["снапшотами", "репликами", "сортированных", "множествах"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
