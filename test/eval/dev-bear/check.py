#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Apache Airflow probe set, Bear notes exported as Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (tags and code included)
OOS_TOPICS = {
    "Helm chart values": ["helm", "хелм", "values.yaml", "chart", "чарт"],
    "OpenLineage / lineage": ["lineage", "линидж", "marquez"],
    "REST API auth": ["rest api", "/api/v1", "auth_backend", "basic auth", "bearer", "curl", "аутентифик", "авториз"],
    "Datasets / data-aware scheduling": ["dataset", "датасет", "outlets", "data-aware", "data aware"],
    "KubernetesPodOperator": ["kubernetespodoperator", "podoperator", "pod", "docker", "докер", "контейнер",
                              "image"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["запланировать", "идемпотентными", "повторить"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
