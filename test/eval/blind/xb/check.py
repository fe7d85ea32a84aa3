#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Istio probe set, course handout PDF run through pdftotext)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "ambient mode": ["ambient", "ztunnel", "waypoint", "амбиент"],
    "multicluster": ["multicluster", "multi-cluster", "мультикластер", "east-west", "multi-primary"],
    "authorization / JWT": ["authorizationpolicy", "authorization", "jwt", "requestauthentication", "авторизац"],
    "rate limiting": ["rate limit", "ratelimit", "rate-limit", "рейтлимит", "лимит запросов"],
    "Wasm plugins / EnvoyFilter": ["wasm", "webassembly", "envoyfilter", "плагин"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ретраями", "сертификатами", "весами", "версиями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
