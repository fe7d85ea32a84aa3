#!/usr/bin/env python3
"""Check questions.yaml against notes/ (VLAN / 802.1Q / STP / EtherChannel probe set, one Markdown file of tables)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "VXLAN": ["vxlan", "vtep", "vni", "оверлей", "overlay"],
    "OSPF / routing protocols": ["ospf", "area 0", "lsa", "link-state", "bgp"],
    "802.1X / RADIUS": ["802.1x", "dot1x", "radius", "авториз", "аутентиф"],
    "Wi-Fi": ["wi-fi", "wifi", "вайфай", "ssid", "802.11", "беспровод"],
    "DHCP snooping": ["dhcp", "snooping", "снупинг"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["транками", "петлями", "агрегировать"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
