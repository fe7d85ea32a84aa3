#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Docker / docker compose probe set, Telegram Desktop JSON export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Kubernetes": ["kubernetes", "k8s", "kubectl", "кубер", "helm"],
    "Docker Swarm": ["swarm", "сварм", "stack deploy", "кластер"],
    "pushing to a registry": ["registry", "docker push", "docker login", "реестр", "запуш"],
    "CI/CD": ["github actions", "gitlab", "ci/cd", "pipeline", "пайплайн", "коммит"],
    "image scanning": ["trivy", "уязвимост", "snyk", "docker scout", "cve"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["контейнерами", "переменную", "слоями"]

check(HERE, "*.json", OOS_TOPICS, INFLECTION_ABSENT)
