#!/usr/bin/env python3
"""Check questions.yaml against notes/ (microservice patterns probe set, lecture .srt + hand-typed .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "service mesh": ["service mesh", "istio", "envoy", "sidecar", "сайдкар", "linkerd", "mesh"],
    "CQRS / event sourcing": ["cqrs", "event sourcing", "ивент сорс", "read model", "модель для чтения", "проекци"],
    "distributed tracing": ["tracing", "trace", "трейс", "трассиров", "jaeger", "opentelemetry", "zipkin"],
    "strangler fig": ["strangler", "душител", "фикус", "распил", "миграц"],
    "canary / blue-green deploy": ["canary", "канарейк", "канареечн", "blue-green", "blue/green", "сине-зелен"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["распределенными", "транзакциями", "удаленных", "вызовах", "полуоткрытом", "состоянии"]

# the notes are one .srt (lecture subtitles) and one .txt (the learner's own notes)
check(HERE, "*", OOS_TOPICS, INFLECTION_ABSENT)
