#!/usr/bin/env python3
"""Check questions.yaml against notes/ (systemd probe set, Notion HTML export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "resource control / cgroups": ["memorymax", "memoryhigh", "cpuquota", "cgroup", "память", "памяти"],
    "containers (systemd-nspawn)": ["nspawn", "machinectl", "контейнер", "container"],
    "DNS (systemd-resolved)": ["resolved", "resolvectl", "dns", "днс"],
    "sandboxing / hardening": ["protectsystem", "privatetmp", "nonewprivileges", "hardening", "захард", "песочниц"],
    "boot loader (systemd-boot)": ["systemd-boot", "bootctl", "grub", "груб", "загрузчик"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пользовательскими", "сервисами", "упавшими", "юнитами", "перезапускался", "падений"]

check(HERE, "*.html", OOS_TOPICS, INFLECTION_ABSENT)
