#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Services probe set, Samsung Notes .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Ingress": ["ingress", "ингресс", "ингрес", "nginx"],
    "NetworkPolicy": ["networkpolicy", "network policy", "политик"],
    "service mesh": ["istio", "mesh", "envoy", "linkerd", "sidecar", "сайдкар", "канаре"],
    "autoscaling": ["hpa", "autoscal", "автоскейл", "автомасштаб", "скейлил"],
    "Helm": ["helm", "хелм", "chart", "чарт"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лейблами", "эндпоинтами", "портами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
