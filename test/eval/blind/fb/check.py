#!/usr/bin/env python3
"""Check questions.yaml against notes/ (SELinux/AppArmor probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "seccomp": ["seccomp", "syscall", "системные вызовы", "системных вызов", "сисколл"],
    "containers (Podman/Docker volumes)": ["podman", "docker", "докер", "контейнер", "volume", ":z"],
    "Kubernetes": ["kubernetes", "k8s", "кубер"],
    "Android": ["android", "андроид"],
    "other LSMs (Smack, TOMOYO)": ["smack", "tomoyo"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["метками", "профилями", "булевыми", "переключателями"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
