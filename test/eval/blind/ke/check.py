#!/usr/bin/env python3
"""Check questions.yaml against notes/ (HTTP caching probe set, one Markdown file with nested blockquotes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "service workers / offline": ["service worker", "serviceworker", "сервис-воркер", "сервис воркер", "workbox",
                                  "офлайн", "offline"],
    "CORS / preflight": ["cors", "preflight", "префлайт", "access-control", "options"],
    "HTTP/3 / QUIC": ["http/3", "http3", "quic"],
    "Redis / server-side cache": ["redis", "редис", "memcache"],
    "browser storage": ["localstorage", "indexeddb", "sessionstorage", "локалсторадж"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["заголовками", "кэшировались", "валидатором"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
