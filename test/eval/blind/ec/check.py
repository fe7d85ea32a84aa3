#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Istio probe set, Notion «Markdown & CSV» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "ambient mode": ["ambient", "амбиент", "ztunnel", "waypoint"],
    "Kiali / tracing": ["kiali", "киали", "jaeger", "zipkin", "трейсинг", "tracing"],
    "multicluster": ["multicluster", "multi-cluster", "мультикластер", "east-west", "несколько кластеров", "двух кластер"],
    "egress / ServiceEntry": ["serviceentry", "egress", "эгресс", "внешн"],
    "JWT / RequestAuthentication": ["jwt", "requestauthentication", "jwks", "токен"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сертификатами", "ретраями", "версиями"]

# the export nests pages in folders: *.md pages and the database *.csv, at any depth
check(HERE, "**/*.[mc][ds]*", OOS_TOPICS, INFLECTION_ABSENT)
