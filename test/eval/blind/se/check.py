#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes security and RBAC probe set, one Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "policy engines (Kyverno / Gatekeeper)": ["kyverno", "gatekeeper", "open policy agent", "rego", "constrainttemplate"],
    "image scanning (Trivy)": ["trivy", "уязвим", "скан", "cve", "grype"],
    "service mesh / mTLS (Istio)": ["istio", "mtls", "linkerd", "service mesh", "сервис меш"],
    "runtime detection (Falco)": ["falco", "syscall", "сисколл", "tetragon"],
    "external secret stores (Vault)": ["vault", "hashicorp", "external-secrets", "external secrets", "sealed", "sops"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["шифрованием", "сервисным", "аккаунтам", "политиками", "сетевыми"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
