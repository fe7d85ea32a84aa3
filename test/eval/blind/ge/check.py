#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux networking tools probe set, one hurried Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "nmap / port scanning": ["nmap", "скан"],
    "WireGuard / VPN": ["wireguard", "vpn", "туннел", "wg-quick"],
    "traceroute / mtr": ["traceroute", "mtr", "трассир", "хоп"],
    "ufw / firewalld": ["ufw", "firewalld", "firewall-cmd"],
    "VLAN / bridges": ["vlan", "bridge", "бридж", "802.1q"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["маршрутами", "портах", "заголовками"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
