#!/usr/bin/env python3
"""Check questions.yaml against notes/ (HashiCorp Vault probe set, one hurried Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Vault Agent / auto-auth": ["agent", "агент", "auto-auth", "auto_auth"],
    "PKI / certificates": ["pki", "сертификат", "certificate"],
    "replication": ["replication", "репликац", "performance standby"],
    "Raft snapshots": ["raft", "snapshot", "снапшот", "integrated storage"],
    "audit devices": ["audit", "аудит"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["политиками", "дочерними", "токенами", "ключами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
