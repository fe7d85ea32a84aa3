#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes troubleshooting probe set, Logseq graph)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "chart", "чарт", "rollback"],
    "Ingress": ["ingress", "ингресс", "502", "bad gateway"],
    "HPA / autoscaling": ["hpa", "autoscal", "автоскейл", "скейл", "масштабир"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "forbidden", "can-i"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев", "calico"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пробами", "лимиты", "упавших"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
