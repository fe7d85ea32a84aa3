#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes init containers, sidecars, hooks probe set, emails to oneself as .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "HPA / autoscaling": ["hpa", "horizontalpodautoscaler", "автоскейл", "масштабир"],
    "Helm": ["helm", "хелм", "чарт", "values.yaml"],
    "persistent volumes": ["pvc", "persistentvolume", "storageclass", "персистент"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетевая политика", "сетевые политики"],
    "RBAC / service accounts": ["rbac", "serviceaccount", "clusterrole", "rolebinding"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сайдкарами", "хуками", "сигналами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
