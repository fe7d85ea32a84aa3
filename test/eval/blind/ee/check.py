#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes node troubleshooting probe set, hand-typed .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "etcd backup / restore": ["etcd", "snapshot", "бэкап", "backup", "восстанов"],
    "cluster autoscaling": ["autoscal", "автоскейл", "karpenter", "pending"],
    "GPU nodes": ["gpu", "nvidia", "device plugin", "видеокарт"],
    "ingress / load balancing": ["ingress", "ингресс", "loadbalancer", "балансировщик", "502"],
    "RBAC": ["rbac", "clusterrole", "rolebinding", "serviceaccount", "сервисаккаунт"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["нодами", "подами", "образами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
