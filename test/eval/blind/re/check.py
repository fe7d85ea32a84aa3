#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kafka Streams and ksqlDB probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Kafka Connect / CDC": ["connect", "коннектор", "debezium", "sink", "jdbc"],
    "Schema Registry": ["schema registry", "registry", "avro", "protobuf", "схем"],
    "security": ["sasl", "ssl", "acl", "kerberos", "авториз"],
    "MirrorMaker / cross-cluster replication": ["mirrormaker", "mirror", "зеркал", "датацентр"],
    "testing topologies": ["topologytestdriver", "testdriver", "тест", "junit", "mock"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["опоздавшими", "таблицами", "запросами"]

# Notion export: the top page's .md next to a folder of the same name holding the subpages
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
