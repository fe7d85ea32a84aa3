#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Dockerfile probe set, pdftotext -layout export of a book-like chapter)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "docker compose": ["compose", "компоуз", "depends_on", "postgres", "постгрес"],
    "Kubernetes / deploy": ["kubernetes", "k8s", "кубер", "helm", "деплой", "задеплой"],
    "container networking": ["network", "bridge", "сеть", "сети", "нетворк"],
    "image scanning": ["trivy", "scout", "cve", "уязвим", "скан"],
    "HEALTHCHECK": ["healthcheck", "health", "хелсчек", "живой"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["слоями", "стейджами", "закэшировать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
