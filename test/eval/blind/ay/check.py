#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes VPA, requests/limits and QoS probe set, Slack threads pasted into .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "node autoscaling (Cluster Autoscaler / Karpenter)": ["karpenter", "cluster autoscaler", "cluster-autoscaler", "карпентер"],
    "KEDA / event-driven scaling": ["keda", "scaledobject", "kafka", "rabbitmq", "кафк"],
    "PriorityClass / preemption": ["priorityclass", "preemption", "priority", "приоритет", "вытесн"],
    "ResourceQuota": ["resourcequota", "quota", "квот"],
    "GPU / extended resources": ["gpu", "nvidia", "видеокарт", "extended resource"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["реквестами", "лимитами", "одинаковыми", "выселяются", "рекомендациями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
