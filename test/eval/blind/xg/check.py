#!/usr/bin/env python3
"""Check questions.yaml against notes/ (DNS and TLS certificates probe set, Obsidian-style Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "DNSSEC": ["dnssec", "rrsig", "dnskey", "ds-запис"],
    "DNS over HTTPS / TLS": ["doh", "over https", "over tls", "dns-over", "853"],
    "certificate revocation": ["ocsp", "crl", "отзыв", "отозв", "revoc", "stapling"],
    "HSTS": ["hsts", "strict-transport", "preload"],
    "cert-manager in Kubernetes": ["cert-manager", "kubernetes", "k8s", "кубер", "clusterissuer", "ingress"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сертификатами", "поддоменах", "кэшируются", "несуществующие", "ответах"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
