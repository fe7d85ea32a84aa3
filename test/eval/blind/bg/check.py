#!/usr/bin/env python3
"""Check questions.yaml against notes/ (etcd probe set, `pdftotext -layout` extract of a two-column handout)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Velero / backing up PVs": ["velero", "велеро", "restic"],
    "monitoring etcd": ["prometheus", "прометеус", "grafana", "графан", "метрик"],
    "encryption at rest": ["шифр", "encryption", "kms"],
    "certificate renewal": ["renew", "перевыпуст", "протух", "истек", "expir"],
    "k3s / kine": ["k3s", "kine", "sqlite", "postgres"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["кворумом", "снапшотами", "дефрагментировать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
