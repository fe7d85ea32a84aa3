#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Ingress / ingress-nginx / cert-manager probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Gateway API": ["gateway api", "httproute", "gatewayclass", "гейтвей"],
    "service mesh / Istio": ["istio", "linkerd", "service mesh", "envoy", "mtls", "sidecar", "сайдкар"],
    "ExternalDNS": ["external-dns", "externaldns", "external dns"],
    "ModSecurity / WAF": ["modsecurity", "waf", "owasp"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетевая политик", "сетевые политик", "calico"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["аннотациями", "сертификатами", "неймспейсами"]

# the Notion export nests pages in folders named like the parent page; only the .md pages are notes
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
