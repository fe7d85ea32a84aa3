#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Services, DNS and kube-proxy probe set, vim .txt notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Ingress": ["ingress", "ингресс", "nginx"],
    "NetworkPolicy": ["networkpolicy", "network policy", "политик"],
    "service mesh / Istio": ["istio", "mesh", "sidecar", "envoy", "linkerd", "mtls"],
    "certificates / cert-manager": ["cert-manager", "сертификат", "letsencrypt", "tls"],
    "autoscaling / HPA": ["hpa", "autoscal", "автоскейл", "масштабир"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["лейблами", "неймспейсах", "портам"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
