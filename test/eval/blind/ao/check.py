#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes probes probe set, transcribed voice messages .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "autoscaling (HPA)": ["hpa", "автоскейл", "autoscal", "автомасштаб"],
    "resource limits / OOMKilled": ["oom", "лимит", "limits", "памят"],
    "Helm": ["helm", "хелм", "чарт", "values"],
    "Ingress / TLS": ["ingress", "ингресс", "ингрес", "tls"],
    "PodDisruptionBudget / node drain": ["disruption", "pdb", "дисрапшн", "дрейн", "drain"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пробами", "эндпоинтами", "перезапусками", "бесконечными"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
