#!/usr/bin/env python3
"""Check questions.yaml against notes/ (distributed systems probe set, Markdown with ASCII diagrams)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "CRDT": ["crdt", "conflict-free", "бесконфликтн", "g-counter", "лайк"],
    "gossip": ["gossip", "госсип", "сплетн", "membership"],
    "Byzantine fault tolerance": ["byzantine", "византи", "bft", "3f + 1", "3f+1"],
    "service mesh": ["service mesh", "istio", "envoy", "linkerd", "sidecar", "сайдкар"],
    "distributed tracing": ["tracing", "трассиров", "трейс", "jaeger", "opentelemetry", "zipkin", "trace id"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["репликами", "часами", "системными", "компенсациями", "шаги"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
