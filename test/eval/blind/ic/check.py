#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Docker image optimization probe set, a small GitHub repo of Markdown notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Docker Compose": ["compose", "композ"],
    "Kubernetes": ["kubernetes", "k8s", "кубер", "helm"],
    "vulnerability scanning": ["trivy", "snyk", "grype", "cve", "уязвим", "сканир"],
    "HEALTHCHECK": ["healthcheck", "хелсчек", "health"],
    "pushing to a registry": ["registry", "реестр", "docker push", "docker login", "запуш"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["слоями", "стадиями", "кэшами", "менеджерами"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
