#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes RBAC probe set, Notion Markdown & CSV export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев", "egress"],
    "Pod Security Admission": ["pod security", "podsecurity", "psp", "securitycontext"],
    "policy engines (Kyverno / Gatekeeper)": ["kyverno", "gatekeeper", "rego"],
    "encryption at rest": ["etcd", "encryption", "шифр", "kms"],
    "audit logging": ["audit", "аудит"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["агрегированными", "ролями", "глаголами", "сервисаккаунтам"]

# the main page at the top, the sub-page in the folder named like the main page (Notion export)
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
