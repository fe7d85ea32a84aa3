#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes ServiceAccounts probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев", "egress"],
    "Helm": ["helm", "хелм", "chart", "чарт"],
    "autoscaling (HPA)": ["autoscal", "hpa", "автоскейл", "масштабир"],
    "Ingress TLS / cert-manager": ["cert-manager", "ingress", "letsencrypt", "acme"],
    "Vault / external secrets": ["vault", "hashicorp", "external-secrets", "external secrets"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["токенами", "секретах", "правами", "монтировать"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
