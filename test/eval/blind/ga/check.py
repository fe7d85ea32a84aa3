#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes probes and resources probe set, pdftotext -layout slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "HPA / autoscaling": ["hpa", "horizontalpodautoscaler", "autoscal", "автоскейл", "скейл"],
    "Ingress / TLS": ["ingress", "ингресс", "tls", "cert-manager", "сертификат"],
    "persistent storage": ["pvc", "persistentvolume", "storageclass", "volume", "волюм"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "serviceaccount", "сервисаккаунт"],
    "Helm": ["helm", "хелм", "чарт", "chart", "values.yaml"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["контейнерами", "превысили", "пробами", "стартует", "классами", "выселяются"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
