#!/usr/bin/env python3
"""Check questions.yaml against notes/ (HAProxy probe set, pdftotext extraction of a training PDF)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "keepalived / VRRP (HA of the balancer itself)": ["keepalived", "vrrp", "плавающ", "floating"],
    "rate limiting / DDoS protection": ["rate limit", "http_req_rate", "track-sc", "ддос", "ddos", "429"],
    "Prometheus / Grafana metrics": ["prometheus", "grafana", "графан", "exporter", "метрик"],
    "Kubernetes ingress": ["kubernetes", "ingress", "k8s", "кубер"],
    "Let's Encrypt / certbot renewal": ["let's encrypt", "letsencrypt", "certbot", "acme", "продлев"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["куками", "таймаутами", "бэкендами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
