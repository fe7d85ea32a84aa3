#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes storage probe set, pdftotext course handout)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "volume snapshots": ["snapshot", "снапшот", "снимок", "снимк"],
    "Velero / backups": ["velero", "бэкап", "бекап", "backup", "резервн"],
    "Rook / Ceph": ["rook", "ceph", "цеф"],
    "storage quotas": ["quota", "квот", "limitrange"],
    "volume cloning": ["clone", "клон", "datasource"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["политикой", "режимом", "томами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
