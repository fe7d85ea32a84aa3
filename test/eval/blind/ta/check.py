#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes networking probe set, pdftotext of a course handout)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "service mesh / Istio": ["istio", "linkerd", "service mesh", "sidecar", "envoy", "mtls"],
    "Gateway API": ["gateway", "httproute", "gatewayclass", "гейтвей"],
    "Multus / extra interfaces": ["multus", "второй сетевой", "второй интерфейс", "secondary"],
    "dual-stack / IPv6": ["dual-stack", "dualstack", "ipv6", "ipfamil"],
    "ExternalDNS": ["external-dns", "externaldns", "route53", "route 53"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["контроллеров", "селекторами", "маршрутами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
