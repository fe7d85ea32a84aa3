#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes objects and kubectl probe set, Word .docx → pandoc Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "чарт", "chart"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "serviceaccount", "сервисаккаунт"],
    "Kustomize": ["kustomiz", "кастомайз", "overlay", "оверле"],
    "persistent storage": ["persistentvolume", "pvc", "storageclass"],
    "autoscaling (HPA)": ["hpa", "horizontalpodautoscaler", "autoscal", "масштаб"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["неймспейсами", "аннотациями", "селекторами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
