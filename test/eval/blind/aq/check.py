#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Deployments probe set, Anki «Notes in Plain Text» export + a .md)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "StatefulSet / partitioned updates": ["statefulset", "стейтфулсет", "partition", "volumeclaimtemplate"],
    "HPA / autoscaling": ["hpa", "horizontalpodautoscaler", "autoscal", "автомасштаб", "автоскейл"],
    "DaemonSet": ["daemonset", "демонсет", "демонсэт"],
    "canary / Argo Rollouts": ["canary", "канар", "argo", "flagger", "blue-green"],
    "Helm": ["helm", "хелм", "чарт", "chart"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ревизиями", "округляются", "недоступными"]

# the Anki export (.txt) and the learner's summary (.md)
check(HERE, "*.*", OOS_TOPICS, INFLECTION_ABSENT)
