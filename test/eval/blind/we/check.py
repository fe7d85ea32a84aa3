#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Redis data structures and persistence probe set, loose Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Redis Cluster / sharding": ["cluster", "кластер", "hash slot", "слот", "шард"],
    "Pub/Sub": ["pub/sub", "pubsub", "publish", "subscribe", "подписк"],
    "Streams": ["stream", "xadd", "xreadgroup", "стрим", "consumer group"],
    "Lua scripting": ["lua", "eval", "луа", "evalsha"],
    "transactions": ["multi", "exec", "watch", "транзакц", "discard"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["протухшими", "ключами", "репликам", "политиками"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
