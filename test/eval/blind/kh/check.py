#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes rollout strategies probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "chart", "чарт"],
    "HPA / autoscaling": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл"],
    "StatefulSet updates": ["statefulset", "стейтфулсет", "partition", "ondelete"],
    "PodDisruptionBudget / drain": ["poddisruptionbudget", "pdb", "drain", "disruption"],
    "Istio": ["istio", "истио", "virtualservice", "service mesh", "сервис меш"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ревизиями", "подами", "откатываться"]

# the vault keeps notes in folders (Daily/, Kubernetes/, Templates/) and at its root
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
