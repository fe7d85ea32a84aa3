#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes storage probe set, pdftotext of a Russian textbook chapter)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Ingress": ["ingress", "ингресс", "ingressclass"],
    "Helm": ["helm", "хелм", "чарт", "values.yaml"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "serviceaccount", "сервисаккаунт"],
    "autoscaling (HPA)": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл", "скейл"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетевая политика", "сетевые политики"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["снапшотами", "томами", "режимами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
