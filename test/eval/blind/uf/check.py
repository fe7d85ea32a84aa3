#!/usr/bin/env python3
"""Check questions.yaml against notes/ (networking basics probe set, pdftotext output of lecture slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "VPN / tunnels": ["vpn", "wireguard", "ipsec", "туннел", "впн"],
    "OSPF / BGP": ["ospf", "bgp", "eigrp", "автономн"],
    "IPv6": ["ipv6", "ip6", "slaac", "ndp"],
    "Spanning Tree": ["spanning", "stp", "bpdu", "петл"],
    "Wi-Fi": ["wi-fi", "wifi", "вайфай", "802.11", "ssid", "беспровод", "точки доступа"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["адресами", "маршрутизаторами", "коммутаторами", "тегированных", "резервировать",
                     "принтерами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
