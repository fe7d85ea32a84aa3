#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Pod Security probe set, Bear Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "NetworkPolicy": ["networkpolicy", "network policy", "ingress", "egress", "сетевая политик", "сетевые политик"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "serviceaccount", "сервисаккаунт", "сервис-аккаунт"],
    "policy engines": ["kyverno", "gatekeeper", "rego", "constrainttemplate"],
    "image scanning": ["trivy", "grype", "сканир", "уязвим", "cve"],
    "secrets encryption at rest": ["etcd", "шифров", "encryptionconfiguration", "vault", "kms"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лейблами", "запущенными", "томах"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
