#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux firewall probe set, pdftotext export of lecture slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "firewalld": ["firewalld", "firewall-cmd", "zone", "зон"],
    "Docker and iptables": ["docker", "докер", "контейнер"],
    "port knocking": ["knock", "нокинг", "стук"],
    "IDS / IPS": ["suricata", "snort", "вторжен", "сурикат"],
    "WireGuard / VPN": ["wireguard", "wg0", "vpn", "впн", "туннел", "tunnel"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пакетами", "подходят", "пробрасывать", "серверы", "сохранять", "перезагрузок"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
