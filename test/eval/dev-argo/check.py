#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Argo CD probe set)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Argo Rollouts / canary": ["rollout", "canary", "канаре", "blue-green", "blue/green"],
    "Image Updater": ["updater", "image update", "новый тег"],
    "notifications": ["notification", "уведомл", "slack", "слак", "телег", "telegram"],
    "SSO": ["sso", "oidc", "keycloak", "dex", "okta"],
    "secrets encryption": ["sealed", "vault", "sops", "шифр"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["волнами", "применяются", "хуков", "откатываться", "синки"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
