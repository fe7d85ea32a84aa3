#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Elasticsearch probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Kibana dashboards": ["kibana", "кибан", "дашборд", "dashboard", "визуализац"],
    "snapshots / backup": ["snapshot", "снапшот", "бэкап", "backup", "restore", "восстанов"],
    "index lifecycle management": ["ilm", "lifecycle", "rollover", "ролловер"],
    "Logstash / Beats / ingest": ["logstash", "логстеш", "filebeat", "beats", "ingest"],
    "vector search": ["knn", "dense_vector", "vector", "вектор", "эмбеддинг", "embedding"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["шардами", "репликами", "стеммингом"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
