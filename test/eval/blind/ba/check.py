#!/usr/bin/env python3
"""Check questions.yaml against notes/ (NetworkPolicy and CNI probe set, pdftotext of lecture slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "service mesh / mTLS": ["istio", "service mesh", "сервис меш", "mtls", "sidecar", "сайдкар"],
    "ingress controller / Gateway API": ["ingress controller", "ingress-контроллер", "nginx", "gateway api"],
    "Multus / several interfaces": ["multus", "sr-iov", "второй сетевой интерфейс", "несколько интерфейс"],
    "IPv6 / dual-stack": ["ipv6", "dual-stack", "dualstack", "дуалстек"],
    "encryption": ["wireguard", "ipsec", "шифрован", "зашифр"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["политиками", "неймспейсами", "селекторами", "покрыт"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
