#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Services and Ingress probe set, Marp Markdown slide deck)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "NetworkPolicy": ["networkpolicy", "network policy", "сетевые политики", "сетевая политика"],
    "Gateway API": ["gateway api", "httproute", "gatewayclass"],
    "service mesh / Istio": ["istio", "service mesh", "envoy", "mtls", "sidecar", "linkerd"],
    "cert-manager / Let's Encrypt": ["cert-manager", "letsencrypt", "let's encrypt", "acme", "clusterissuer"],
    "autoscaling (HPA)": ["horizontalpodautoscaler", "hpa", "autoscal", "автоскейл", "скейл"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сертификатами", "меткам", "неймспейсах"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
