#!/usr/bin/env python3
"""Check questions.yaml against notes/ (TCP congestion control probe set, Word exam tickets saved as .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "QUIC / HTTP/3": ["quic ", "квик", "http/3", "http3"],
    "TIME_WAIT": ["time_wait", "time-wait", "tw_reuse", "fin_wait"],
    "TCP keepalive": ["keepalive", "keep-alive", "keepidle", "keepintvl"],
    "SYN flood / syncookies": ["syn flood", "syn-flood", "syncookie", "syn cookie", "флуд"],
    "Multipath TCP": ["mptcp", "multipath", "многопутев", "lte"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["окном", "задержанными", "подтверждениями", "дубликатами", "тремя"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
