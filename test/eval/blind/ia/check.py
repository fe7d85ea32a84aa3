#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Ingress vs Gateway API probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "service mesh / Istio mTLS": ["istio", "mtls", "sidecar", "сайдкар", "service mesh"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетевые политики", "сетевую политику"],
    "autoscaling (HPA)": ["hpa", "autoscal", "автоскейл", "масштабир"],
    "ExternalDNS": ["external-dns", "externaldns", "route53"],
    "storage (PVC)": ["pvc", "persistentvolume", "storageclass"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["аннотациями", "сертификатами", "контроллерами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
