#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Docker networking probe set, Telegram chat pasted as .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Kubernetes / CNI": ["kubernetes", "k8s", "кубер", "cni", "calico", "flannel"],
    "IPv6": ["ipv6", "ip6tables", "fixed-cidr-v6"],
    "macvlan / ipvlan": ["macvlan", "ipvlan", "мак-адрес", "mac address"],
    "rootless networking": ["rootless", "slirp4netns", "pasta", "без рута"],
    "reverse proxy / TLS": ["traefik", "letsencrypt", "let's encrypt", "certbot", "сертификат", "tls"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["контейнерами", "правилами", "сетями", "опубликованными", "портами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
