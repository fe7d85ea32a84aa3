#!/usr/bin/env python3
"""Check questions.yaml against notes/ (StatefulSets and operators probe set, pdftotext -layout dump)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "чарт", "chart"],
    "HPA / autoscaling": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл"],
    "DaemonSet": ["daemonset", "демонсет", "каждой ноде"],
    "Ingress / TLS": ["ingress", "ингресс", "tls", "сертификат"],
    "Job / CronJob": ["cronjob", "кронджоб", "крон", "kind: job"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["финализаторами", "дисками", "репликами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
