#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Helm and Go templating probe set, pdftotext dump of lecture slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helmfile": ["helmfile"],
    "Kustomize": ["kustomize", "kustomization", "overlay", "оверле", "patch", "патч"],
    "secrets encryption (SOPS, helm-secrets)": ["sops", "helm-secrets", "шифр", "encrypt", "vault", "plugin", "плагин"],
    "Argo CD / GitOps": ["argo", "gitops", "flux", "синхрониз", "синк"],
    "chart signing / provenance": ["provenance", ".prov", "подпис", "gpg", "pgp", "verify"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зависимостями", "хуками", "ревизиями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
