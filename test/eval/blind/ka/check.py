#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes NetworkPolicy + Calico probe set, hand-copied Telegram chat .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Istio / service mesh mTLS": ["istio", "mtls", "service mesh", "сервис меш", "envoy", "sidecar", "сайдкар"],
    "Calico BGP routing": ["bgp", "бгп", "пиринг", "peering", "route reflector", "роутер"],
    "WireGuard encryption": ["wireguard", "вайргард", "шифрован", "encrypt"],
    "Cilium / Hubble": ["cilium", "силиум", "hubble", "ebpf"],
    "ingress controller / TLS": ["nginx", "ingress controller", "ingress-nginx", "tls", "сертификат", "cert-manager"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["политиками", "неймспейсами", "портами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
