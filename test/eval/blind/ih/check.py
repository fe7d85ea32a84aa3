#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes control plane probe set, one long Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "chart", "чарт"],
    "service mesh / Istio": ["istio", "mesh", "envoy", "sidecar", "сайдкар"],
    "autoscaling (HPA)": ["hpa", "autoscal", "автоскейл", "скейл"],
    "Ingress": ["ingress", "ингресс", "nginx"],
    "persistent storage": ["persistentvolume", "pvc", "storageclass", "volume", "примонтир"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["планировщиком", "узлами", "ключах"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
