#!/usr/bin/env python3
"""Check questions.yaml against notes/ (kubeadm cluster maintenance probe set, hand-typed plain .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "chart", "чарт"],
    "Ingress / cert-manager": ["ingress", "ингресс", "cert-manager", "letsencrypt", "let's encrypt"],
    "autoscaling (HPA)": ["hpa", "autoscal", "автоскейл", "автомасштаб"],
    "NetworkPolicy": ["networkpolic", "network polic", "сетевые полит", "сетевая полит"],
    "monitoring": ["prometheus", "прометеус", "grafana", "графана", "мониторинг"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["просроченными", "сертификатами", "восстанавливаться", "снапшотов", "выселять", "воркеров"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
