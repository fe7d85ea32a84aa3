#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes scheduling probe set, Zim desktop wiki notebook)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "topology spread constraints": ["topologyspread", "spread constraint", "maxskew", "whenunsatisfiable"],
    "descheduler": ["descheduler", "дешедулер"],
    "node autoscaling": ["autoscaler", "автоскейл", "karpenter", "eks"],
    "custom schedulers / profiles": ["schedulername", "kubeschedulerconfiguration", "profile", "профил", "второй шедулер"],
    "ResourceQuota / LimitRange": ["resourcequota", "limitrange", "квот"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["метками", "зонами", "приоритетами"]

# Zim keeps sub-pages in folders named after the parent page (Kubernetes/Scheduling/*.txt, Journal/2024/03/12.txt)
check(HERE, "**/*.txt", OOS_TOPICS, INFLECTION_ABSENT)
