#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux networking probe set, TiddlyWiki .tid tiddlers)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "WireGuard / VPN": ["wireguard", "wg-quick", "wg0", "vpn", "впн", "туннел", "tunnel"],
    "nmap port scanning": ["nmap", "сканир", "просканир", "скан "],
    "VLAN / bridge": ["vlan", "802.1q", "bridge", "бридж", "brctl"],
    "tc traffic shaping": ["qdisc", "netem", "шейп", "traffic control", "htb", "ограничить скорость"],
    "iperf bandwidth": ["iperf", "пропускн", "bandwidth", "скорость"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["маршрутами", "соединениями", "интерфейсами"]

check(HERE, "*.tid", OOS_TOPICS, INFLECTION_ABSENT)
