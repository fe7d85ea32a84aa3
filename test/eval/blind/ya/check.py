#!/usr/bin/env python3
"""Check questions.yaml against notes/ (computer networks probe set, pdftotext extract of a lecture handout)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "WebSocket": ["websocket", "вебсокет", "поллинг", "polling"],
    "HTTP caching": ["cache-control", "etag", "кэш", "кеш"],
    "TLS certificates / PKI": ["сертификат", "certificate", "x.509", "pki", "удостоверяющ"],
    "BGP / routing": ["bgp", "ospf", "маршрут", "автономн", "провайдер"],
    "DHCP": ["dhcp", "аренд", "lease"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["потерянными", "сегментами", "рукопожатий", "окном"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
