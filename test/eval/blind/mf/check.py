#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes Jobs/CronJobs/pod debugging probe set, Windows Notepad .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "хелм", "chart", "чарт", "values"],
    "Ingress": ["ingress", "ингресс", "ингрес", "домен"],
    "autoscaling (HPA)": ["hpa", "autoscal", "автоскейл", "масштаб"],
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев"],
    "StatefulSet": ["statefulset", "стейтфулсет", "headless"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["перезапусков", "предыдущих", "кодов"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
