#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Services networking probe set, LibreOffice .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "NetworkPolicy": ["networkpolic", "network polic", "сетевые полит", "сетевых полит", "policytypes"],
    "Ingress / Gateway API": ["ingress", "ингресс", "gateway", "httproute", "tls"],
    "service mesh / Istio mTLS": ["istio", "mtls", "envoy", "linkerd", "sidecar", "сайдкар", "mesh"],
    "Cilium / eBPF": ["cilium", "цилиум", "ebpf", "bpf"],
    "CNI / Calico / overlay": ["calico", "калико", "bgp", "vxlan", "flannel", "overlay", "оверле", "cni"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зонами", "переполненными", "таблицами", "эндпоинтами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
