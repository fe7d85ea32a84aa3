#!/usr/bin/env python3
"""Check questions.yaml against notes/ (kubectl/kubeconfig probe set, Obsidian Zettelkasten vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Helm": ["helm", "чарт", "chart"],
    "port-forward": ["port-forward", "порт-форвард", "проброс", "пробро"],
    "Ingress": ["ingress", "ингресс"],
    "PersistentVolume / PVC": ["persistentvolume", "pvc", "storageclass", "volume"],
    "rollout / rollback": ["rollout", "роллаут", "rollback", "откат", "undo"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["неймспейсами", "кластерами", "переименовывать"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
