#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Prometheus and alerting trial set, pdftotext -layout output)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "long-term storage (Thanos etc.)": ["thanos", "victoriametrics", "remote_write", "mimir", "cortex", "sidecar", "s3"],
    "federation": ["federat", "федерац", "honor_labels"],
    "Kubernetes / Prometheus Operator": ["servicemonitor", "podmonitor", "prometheus operator", "kube-prometheus",
                                         "prometheusrule", "kubernetes", "k8s", "кубер"],
    "logs / Loki": ["loki", "logql", "promtail", "логах"],
    "SLO / burn rate": ["slo", "sli", "error budget", "burn rate", "бюджет ошибок"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["гистограммам", "перцентил", "счетчиками", "сайленсами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
