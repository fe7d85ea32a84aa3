#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes pod resources and health probe set, one Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "HorizontalPodAutoscaler": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл", "масштабир"],
    "PodDisruptionBudget": ["poddisruptionbudget", "pdb", "disruption", "minavailable"],
    "ResourceQuota / LimitRange": ["resourcequota", "limitrange", "квот"],
    "node affinity / taints": ["affinity", "taint", "toleration", "nodeselector"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лимитами", "пробами", "перезапусками"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
