#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Jobs/CronJobs probe set, Telegram «Saved Messages» text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "DaemonSet": ["daemonset", "демонсет", "ноде", "node"],
    "HPA / autoscaling": ["hpa", "autoscal", "автоскейл", "скейл", "cpu"],
    "Ingress": ["ingress", "ингресс", "сертификат", "certificate"],
    "Helm": ["helm", "хелм", "чарт", "values"],
    "volumes / PVC": ["pvc", "persistentvolume", "volume", "примонтир", "storageclass"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["перезапусков", "одновременными", "запусками", "завершенные"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
