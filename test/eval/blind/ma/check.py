#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes ConfigMaps and Secrets probe set, Google Docs .md export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "чарт", "chart"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев", "трафик"],
    "autoscaling / HPA": ["hpa", "autoscal", "автоскейл", "масштабир"],
    "persistent volumes": ["persistentvolume", "pvc", "storageclass", "персистент"],
    "health probes": ["liveness", "readiness", "probe", "хелсчек"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["переменными", "секретами", "примонтированные", "обновятся"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
