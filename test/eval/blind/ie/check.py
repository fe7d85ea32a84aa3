#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes admission control probe set, Tesseract OCR .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "NetworkPolicy": ["networkpolic", "network polic", "сетев", "calico", "cilium", "трафик"],
    "Falco / runtime detection": ["falco", "фалько", "syscall", "ebpf", "сисколл"],
    "image signing": ["cosign", "sigstore", "подпис", "verifyimages", "notary"],
    "secrets encryption at rest": ["шифрован", "kms", "encryptionconfiguration", "vault"],
    "image scanning": ["trivy", "уязвим", "сканир", "cve"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["вебхуками", "неймспейсы", "генерацию"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
