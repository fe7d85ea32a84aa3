#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux DNS probe set, one Typora Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "BIND authoritative server": ["bind9", "named.conf", "зонн", "zone file", "авторитативный днс"],
    "Pi-hole / ad blocking": ["pi-hole", "pihole", "adguard", "реклам"],
    "Unbound": ["unbound", "анбаунд"],
    "DNS over HTTPS in a browser": ["dns over https", "dns-over-https", "doh", "firefox", "https"],
    "Avahi / service discovery": ["avahi", "bonjour", "zeroconf", "принтер"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["кэшем", "серверами", "симлинком", "файлом"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
