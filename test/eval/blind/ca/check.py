#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes scheduling probe set, pdftotext of lecture slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "autoscaling (HPA)": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл", "скейл", "масштаб"],
    "ResourceQuota / LimitRange": ["resourcequota", "limitrange", "квот"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев", "ingress", "egress", "трафик"],
    "storage (PV / PVC)": ["persistentvolume", "persistent volume", "pvc", "storageclass", "volume", "хранилищ"],
    "liveness / readiness probes": ["liveness", "readiness", "probe", "проба", "пробы"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["вытесненными", "приоритетов", "зонами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
