#!/usr/bin/env python3
"""Check questions.yaml against notes/ (systemd probe set, plain-text notes typed in vim)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "systemd-nspawn containers": ["nspawn", "machinectl", "контейнер"],
    "systemd-resolved / DNS": ["resolved", "resolvectl", "dns", "резолв"],
    "cgroups resource control": ["cgroup", "memorymax", "cpuquota", "tasksmax"],
    "coredumps": ["coredump", "core dump", "дамп"],
    "sandboxing / hardening": ["protectsystem", "privatetmp", "nonewprivileges", "песочниц", "харден"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зависимостями", "юнитами", "таймерами", "загрузками", "прошлыми"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
