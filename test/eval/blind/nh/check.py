#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Go web services probe set, a Logseq graph: pages/*.md, journals/*.md)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "gRPC": ["grpc", "protobuf", "proto"],
    "TLS / HTTPS": ["tls", "https", "сертификат", "letsencrypt", "autocert"],
    "rate limiting": ["rate limit", "ratelimit", "x/time/rate", "рейт", "лимитер", "token bucket", "429"],
    "Prometheus metrics": ["prometheus", "метрик", "/metrics", "histogram", "гистограм", "grafana"],
    "html/template": ["html/template", "template", "шаблон", "executetemplate"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["таймаутами", "мидлварями", "контекстами", "дочерними"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
