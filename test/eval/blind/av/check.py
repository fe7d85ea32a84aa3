#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Docker security probe set, YouTube auto-generated transcripts in .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "AppArmor / SELinux": ["apparmor", "selinux", "апармор", "селинукс"],
    "secrets management": ["secret", "секрет", "vault", "пароль"],
    "image signing": ["cosign", "notary", "content trust", "sigstore", "подпис"],
    "Kubernetes": ["kubernetes", "кубер", "k8s", "securitycontext", "runasnonroot"],
    "CIS benchmark / docker-bench": ["docker-bench", "cis benchmark", "бенчмарк", "benchmark"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["минимальными", "привилегиями", "непривилегированным", "фильтровать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
