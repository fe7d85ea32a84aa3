#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes StatefulSet probe set, Roam Research Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "operators / CRDs": ["operator", "оператор", "crd", "customresource", "cloudnativepg", "zalando"],
    "DaemonSet": ["daemonset", "демонсет", "daemon set"],
    "Helm": ["helm", "хелм", "чарт", "chart"],
    "volume snapshots / backups": ["snapshot", "снапшот", "velero", "backup", "бэкап", "бекап"],
    "autoscaling (HPA)": ["hpa", "autoscal", "автоскейл", "нагрузк", "cpu", "цпу"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["томами", "порядком", "стабильными", "сетевыми"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
