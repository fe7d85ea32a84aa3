#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes logging probe set, a Logseq graph: pages/ and journals/)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "OpenTelemetry / OTLP": ["opentelemetry", "otel", "otlp", "опентелеметр"],
    "Vector": ["vector", "вектор", "vrl", "datadog"],
    "Kubernetes audit logs": ["audit", "аудит"],
    "Loki ruler / alerting": ["ruler", "alertmanager", "alert", "алерт"],
    "Splunk": ["splunk", "спланк"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лейблам", "ротацией", "многострочными", "сообщениями", "стектрейсами"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
