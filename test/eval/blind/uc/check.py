#!/usr/bin/env python3
"""Check questions.yaml against notes/ (GitHub Actions CI/CD probe set, hand-typed plain .txt notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "writing custom actions": ["action.yml", "action.yaml", "marketplace", "маркетплейс", "composite", "javascript"],
    "OIDC / cloud auth": ["oidc", "id-token", "aws", "azure", "gcp"],
    "artifacts": ["artifact", "артефакт"],
    "service containers": ["postgres", "services:", "service container", "redis", "mysql"],
    "concurrency / cancel previous runs": ["concurrency", "cancel-in-progress"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["раннерах", "кэшей", "окружений"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
