#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes pod lifecycle probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "HPA / autoscaling": ["hpa", "autoscal", "автоскейл", "масштаб"],
    "Helm": ["helm", "хелм", "chart", "чарт"],
    "Ingress": ["ingress", "ингрес"],
    "PersistentVolume / PVC": ["persistentvolume", "pvc", "storageclass", "персистент"],
    "taints / tolerations": ["taint", "toleration", "тейнт", "толерейшн", "affinity"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["упавшими", "контейнерами", "эндпоинтами", "фазах"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
