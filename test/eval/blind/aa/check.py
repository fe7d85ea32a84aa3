#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes pod scheduling probe set, live webinar notes .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "priority and preemption": ["priorityclass", "priority class", "preempt", "приоритет", "вытесн"],
    "PodDisruptionBudget": ["disruption", "pdb", "minavailable", "maxunavailable", "дрейн"],
    "cluster autoscaler": ["autoscal", "автоскейл", "karpenter"],
    "QoS classes / limits": ["qos", "guaranteed", "burstable", "besteffort", "limits", "лимит"],
    "multiple schedulers": ["schedulername", "второй шедулер", "несколько шедулеров", "свой шедулер", "кастомный шедулер"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["метками", "весами", "тейнтами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
