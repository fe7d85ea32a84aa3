#!/usr/bin/env python3
"""Check questions.yaml against notes/ (RabbitMQ probe set, AsciiDoc wiki pages)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "shovel / federation": ["shovel", "шовел", "federation", "федерац"],
    "streams": ["stream", "стрим"],
    "TLS": ["tls", "ssl", "сертификат", "certificate"],
    "MQTT / STOMP": ["mqtt", "stomp", "iot"],
    "priority queues": ["priority", "приоритет", "срочн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["подтверждать", "неподтвержденными", "истекшим"]

check(HERE, "*.adoc", OOS_TOPICS, INFLECTION_ABSENT)
