#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes persistent storage probe set, pdftotext of a workshop PDF)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Rook / Ceph": ["rook", "ceph", "rbd"],
    "backup tools (Velero)": ["velero", "restic", "kopia"],
    "storage quotas": ["resourcequota", "квот", "limitrange"],
    "volume usage monitoring": ["prometheus", "kubelet_volume_stats", "grafana", "графан", "алерт", "мониторинг"],
    "volume encryption": ["encrypt", "шифр", "kms", "luks"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["снапшотами", "режимами", "расширять"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
