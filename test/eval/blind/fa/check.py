#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes secrets probe set, pdftotext of a talk's slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Secrets Store CSI Driver": ["csi", "secrets store", "secretproviderclass"],
    "SOPS / age": ["sops", "age-keygen", "helm-secrets", "mozilla"],
    "cert-manager / Let's Encrypt": ["cert-manager", "letsencrypt", "let's encrypt", "acme", "issuer"],
    "Vault dynamic secrets": ["динамическ", "dynamic", "vault agent", "injector", "postgres", "протух"],
    "audit logging": ["audit", "аудит", "журнал"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["провайдерами", "переменными", "запечатанными", "старыми"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
