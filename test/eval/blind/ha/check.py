#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes DaemonSets and node maintenance probe set, pdftotext extract)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "HorizontalPodAutoscaler": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл", "автомасштаб", "скейл"],
    "Ingress / TLS": ["ingress", "ингресс", "tls", "cert-manager", "наружу"],
    "Helm": ["helm", "хелм", "chart", "чарт"],
    "etcd backup": ["etcd", "бэкап", "backup", "snapshot", "снапшот", "восстанов"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "serviceaccount", "сервисаккаунт"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["стратегиями", "узлами", "бюджетами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
