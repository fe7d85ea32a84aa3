#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes resources probe set, Samsung Notes .txt exports)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "autoscaling (HPA/VPA)": ["hpa", "vpa", "autoscal", "автоскейл", "масштабир"],
    "PriorityClass / preemption": ["priorityclass", "preempt", "приоритет", "вытесн"],
    "taints / tolerations / affinity": ["taint", "toleration", "тейнт", "affinity", "nodeselector"],
    "ephemeral storage": ["ephemeral", "эфемерн", "диск"],
    "PodDisruptionBudget / drain": ["disruption", "pdb", "drain", "дрейн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лимитами", "троттлятся", "выселяет"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
