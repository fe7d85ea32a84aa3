#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Grafana Loki probe set, plain .txt notes from a text editor)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "tracing / Tempo": ["tempo", "трейс", "trace", "tracing", "спан", "derived field"],
    "Elasticsearch / Kibana": ["elastic", "эластик", "kibana", "кибан", "opensearch"],
    "Fluent Bit / other shippers": ["fluent", "флюент", "logstash"],
    "multi-tenancy": ["tenant", "тенант", "orgid", "multi-tenan", "мультитенан"],
    "Helm install": ["helm", "хелм", "chart", "чарт"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лейблами", "сколькими", "ретеншеном", "регулярками"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
