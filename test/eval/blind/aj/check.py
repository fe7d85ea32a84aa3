#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Docker networking and volumes probe set, Habr fragments pasted into a .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Docker Swarm / overlay networks": ["swarm", "overlay", "оверлей", "сварм"],
    "Kubernetes networking": ["kubernetes", "k8s", "кубер", "cni"],
    "backing up volumes": ["бэкап", "бекап", "backup", "резервн"],
    "NFS / volume drivers and plugins": ["nfs", "volume driver", "плагин", "plugin"],
    "macvlan / ipvlan": ["macvlan", "ipvlan", "маквлан"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["томами", "сетью", "пробросить"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
