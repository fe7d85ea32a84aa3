#!/usr/bin/env python3
"""Check questions.yaml against notes/ (microservices probe set, lecture subtitles saved as SubRip .srt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (cue text, numbers and timings)
OOS_TOPICS = {
    "service mesh / Istio": ["service mesh", "mesh", "сервис меш", "сервис-меш", "istio", "истио", "sidecar",
                             "сайдкар", "envoy", "linkerd"],
    "Kubernetes / Helm": ["kubernetes", "кубернет", "k8s", "кубер", "helm", "хелм", "чарт", "pod"],
    "consensus (Raft / Paxos)": ["raft", "paxos", "консенсус", "consensus", "лидер", "кворум", "quorum"],
    "GraphQL federation": ["graphql", "графкл", "федерац", "federation", "apollo", "supergraph"],
    "two-phase commit": ["two-phase", "2pc", "двухфаз", "двух фаз", "prepare", "коммит"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["идемпотентным", "трассировать", "мигрировать"]

check(HERE, "*.srt", OOS_TOPICS, INFLECTION_ABSENT)
