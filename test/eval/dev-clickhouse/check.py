#!/usr/bin/env python3
"""Check questions.yaml against notes/ (ClickHouse probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "projections": ["projection", "проекци"],
    "Kafka engine": ["kafka", "кафк", "топик", "topic"],
    "backups": ["backup", "бэкап", "бекап", "restore", "восстанов"],
    "users / roles / quotas": ["quota", "квот", "grant", "create user", "create role", "rbac", "settings profile"],
    "s3 table function": ["s3", "bucket", "бакет", "parquet", "minio", "object storage"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["партициями", "мутациями", "шардами", "распределяются"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
