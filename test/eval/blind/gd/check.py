#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Docker basics probe set, Notion «Markdown & CSV» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Kubernetes": ["kubernetes", "k8s", "kubectl", "кубер"],
    "Docker Swarm": ["swarm", "сворм", "docker stack", "overlay", "кластер"],
    "healthcheck": ["healthcheck", "health", "service_healthy", "здоровь"],
    "multi-platform builds": ["buildx", "arm64", "amd64", "--platform", "мультиплатформ"],
    "image scanning": ["trivy", "docker scout", "уязвим", "vulnerab", "cve"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["слоями", "контейнерам", "именам", "томами"]

# the export: the main page .md, the database's .csv, and the subpages' .md files in nested folders
check(HERE, "**/*.*", OOS_TOPICS, INFLECTION_ABSENT)
