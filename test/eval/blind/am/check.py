#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes ConfigMap and Secret probe set, pdftotext -layout slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "чарт", "values.yaml"],
    "persistent volumes": ["persistentvolume", "pvc", "storageclass"],
    "autoscaling": ["hpa", "autoscal", "автомасштаб", "масштабир"],
    "liveness / readiness probes": ["liveness", "readiness", "startupprobe", "проба"],
    "NetworkPolicy": ["networkpolic", "сетевая политика", "сетевые политики", "egress"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зашифровать", "смонтированный", "обновится", "перезапустить", "подхватились"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
