#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kustomize probe set, Notion «Markdown & CSV» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm charts": ["helm", "хелм", "chart", "чарт", "values.yaml"],
    "Argo CD / GitOps": ["argo", "арго", "flux", "gitops", "гитопс", "синк"],
    "secret encryption (sops, sealed secrets)": ["sops", "sealed", "vault", "шифр"],
    "Jsonnet / Tanka": ["jsonnet", "tanka", "джсоннет"],
    "plugins / KRM functions": ["plugin", "плагин", "krm", "starlark"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["базами", "патчами", "деплойментов", "неизменяемыми"]

# the export: a top page «Kustomize <id>.md», its subpages and a database CSV in «Kustomize <id>/»
check(HERE, "**/*.*", OOS_TOPICS, INFLECTION_ABSENT)
