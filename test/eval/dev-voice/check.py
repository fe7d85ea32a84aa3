#!/usr/bin/env python3
"""Check questions.yaml against notes/ (GitHub Actions probe set, speech-to-text voice notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "GitLab CI": ["gitlab", "гитлаб", "gitlab-ci"],
    "Jenkins": ["jenkins", "дженкинс", "groovy", "груви"],
    "Argo CD / GitOps": ["argocd", "argo cd", "арго", "gitops", "гитопс", "манифест", "кластер"],
    "container image signing": ["cosign", "косайн", "sigstore", "подпис", "докер", "docker", "образ"],
    "OIDC federation to clouds": ["oidc", "id-token", "id token", "федерац", "aws", "azure", "долгоживущ"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["секретами", "ревьюерами", "окружениями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
