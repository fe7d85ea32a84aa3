#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes debugging probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "чарт", "chart"],
    "autoscaling": ["hpa", "autoscal", "автоскейл", "масштаб", "vpa"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетевые политики", "calico", "cilium"],
    "RBAC": ["rbac", "rolebinding", "clusterrole", "права доступа"],
    "Ingress / TLS": ["ingress", "ингресс", "cert-manager", "tls", "сертификат"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лимитами", "пробами", "событиями"]

# a Notion export: the parent page at the top, the child pages in a folder named like it (id included)
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
