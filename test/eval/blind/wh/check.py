#!/usr/bin/env python3
"""Check questions.yaml against notes/ (GitLab CI/CD probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "parent-child / downstream pipelines": ["trigger", "downstream", "child", "дочерн", "parent"],
    "Auto DevOps": ["auto devops", "autodevops", "auto deploy"],
    "security scanning": ["sast", "dast", "уязвим", "сканир"],
    "scheduled pipelines": ["schedule", "cron", "расписан", "ночь", "nightly"],
    "merge trains": ["merge train", "train", "мерж трейн", "поезд"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["артефактами", "джобами", "защищенными", "переменными", "тегами", "раннерами"]

# Notion puts sub-pages in a folder named like the parent page, so search recursively
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
