#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes pod lifecycle probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "autoscaling (HPA)": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл"],
    "NetworkPolicy": ["networkpolicy", "network polic", "egress", "calico", "неймспейс"],
    "Helm": ["helm", "хелм", "chart", "чарт", "values.yaml"],
    "persistent volumes": ["pvc", "persistentvolume", "storageclass", "volumeclaim"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "serviceaccount", "сервис аккаунт"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["миграциями", "сайдкарами", "периодом"]

# a Notion export: the top page at the root, its subpages in a folder named after it
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
