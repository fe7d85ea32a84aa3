#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kafka Connect probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "MirrorMaker 2": ["mirrormaker", "mirror maker", "mm2", "межкластер"],
    "ksqlDB": ["ksql", "window", "окном"],
    "security / SASL": ["sasl", "scram", "jaas", "kerberos", "авториз"],
    "Kubernetes / Strimzi": ["strimzi", "kubernetes", "k8s", "кубер", "helm"],
    "metrics / JMX": ["prometheus", "jmx", "grafana", "метрик"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["конвертерами", "воркерами", "слотами"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
