#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes namespaces and quotas probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "RBAC": ["rbac", "rolebinding", "clusterrole", "serviceaccount"],
    "autoscaling (HPA)": ["hpa", "autoscal", "автоскейл", "автомасштаб", "масштабир"],
    "Helm": ["helm", "чарт", "chart"],
    "taints / tolerations": ["taint", "toleration", "nodeselector", "affinity"],
    "Pod Security": ["pod security", "securitycontext", "runasnonroot", "privileged"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["квотами", "деплойментов", "дефолтные", "неймспейсов", "иерархия"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
