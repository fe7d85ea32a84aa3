#!/usr/bin/env python3
"""Check questions.yaml against notes/ (MongoDB schema design probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "sharding": ["shard", "шард"],
    "change streams": ["change stream", "changestream", ".watch(", "стрим"],
    "backup / restore": ["mongodump", "mongorestore", "бэкап", "backup", "восстанов"],
    "schema validation": ["jsonschema", "validator", "валидац"],
    "full-text search": ["$text", "text index", "полнотекст", "atlas search", "$search"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["встраиванием", "ссылками", "растущими", "массивами", "транзакциями"]

# Notion export: the root page's .md at the top, its subpages' .md in the folder named like it
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
