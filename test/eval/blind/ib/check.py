#!/usr/bin/env python3
"""Check questions.yaml against notes/ (cgroups and namespaces probe set, Notion «Markdown & CSV» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "seccomp": ["seccomp", "bpf"],
    "overlayfs / image layers": ["overlay", "lowerdir", "upperdir", "слои", "слой", "layer"],
    "AppArmor / SELinux": ["apparmor", "selinux"],
    "Kubernetes": ["kubernetes", "k8s", "кубер", "kubelet", "шедул", "scheduler"],
    "CRIU checkpoint/restore": ["criu", "checkpoint", "чекпоинт", "миграц"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["точками", "неймспейсами", "ограничивать"]

# every .md page and the database's .csv, at any depth (the folders' names have no dot)
check(HERE, "**/*.*", OOS_TOPICS, INFLECTION_ABSENT)
