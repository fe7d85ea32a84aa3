#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Helm basics probe set, an Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "chart hooks": ["hook", "хук", "pre-install", "post-install", "post-upgrade"],
    "OCI registries": ["oci", "helm push", "registry", "harbor"],
    "plugins / helm diff": ["plugin", "плагин", "helm diff", "helm-diff"],
    "helmfile": ["helmfile"],
    "chart signing": ["provenance", "helm verify", "gpg", ".prov", "подпис"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ревизиями", "релизах", "чартам", "вложенным"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
