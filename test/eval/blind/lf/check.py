#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes operators probe set, Obsidian vault with a JSON Canvas)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "admission webhooks": ["webhook", "вебхук", "admission", "mutating"],
    "Helm": ["helm", "хелм", "chart", "чарт"],
    "leader election": ["leader", "лидер", "election"],
    "OLM / OperatorHub": ["olm", "operatorhub", "lifecycle manager", "bundle"],
    "metrics / Prometheus": ["prometheus", "прометеус", "метрик", "metrics", "servicemonitor"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["финалайзерами", "владельцами", "неймспейс", "зависимыми"]

# the vault's notes (*.md) and its canvas (*.canvas), in subfolders too; .obsidian/*.json is left out
check(HERE, "**/*.[cm][ad]*", OOS_TOPICS, INFLECTION_ABSENT)
