#!/usr/bin/env python3
"""Check questions.yaml against notes/ (OpenTelemetry probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Grafana Tempo / TraceQL": ["tempo", "traceql", "grafana", "графан"],
    "eBPF auto-instrumentation": ["ebpf", "beyla", "автоинструмент", "auto-instrument"],
    "Prometheus metrics": ["prometheus", "прометеус", "гистограм", "histogram", "exemplar"],
    "continuous profiling": ["pyroscope", "profiling", "профилир"],
    "OpenTracing migration": ["opentracing", "opencensus", "shim", "bridge"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["спанами", "сэмплером", "заголовками"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
