#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes autoscaling probe set, pdftotext of a workshop handout)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Ingress / cert-manager": ["ingress", "cert-manager", "letsencrypt", "let's encrypt", "clusterissuer"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев", "calico", "cilium"],
    "RBAC / service accounts": ["rbac", "rolebinding", "clusterrole", "serviceaccount", "service account",
                                "сервис аккаунт"],
    "persistent storage": ["persistentvolume", "pvc", "storageclass", "csi"],
    "service mesh": ["istio", "linkerd", "envoy", "service mesh", "mtls"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["узлами", "репликами", "кастомными", "метриками"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
