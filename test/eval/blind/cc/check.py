#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Helm 3 probe set, hand-typed Notepad .txt files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helmfile": ["helmfile", "хелмфайл"],
    "chart signing / provenance": ["provenance", ".prov", "gpg", "--sign", "--verify", "подпис"],
    "helm-secrets / SOPS": ["sops", "helm-secrets", "шифр", "plugin", "плагин"],
    "post-renderer / Kustomize": ["kustomize", "post-render", "кастомайз"],
    "library charts": ["library", "библиотечн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зависимостями", "хуками", "неймспейсами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
