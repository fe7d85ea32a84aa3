#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Argo CD / GitOps probe set, Google Docs «Download as Markdown» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Argo Rollouts / progressive delivery": ["rollouts", "canary", "канаре", "blue-green", "blue/green", "analysistemplate"],
    "Flux CD": ["flux", "флакс", "helmrelease"],
    "secrets management": ["secret", "секрет", "sealed", "sops", "vault"],
    "notifications": ["notification", "уведомлен", "slack", "слак", "telegram"],
    "SSO / RBAC": ["rbac", "sso", "oidc", "keycloak", "policy.csv"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["приложениями", "корневого", "чартами", "ревизиями"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
