#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Ansible basics probe set, Joplin RAW export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "AWX / Tower": ["awx", "tower", "веб интерфейс", "web ui"],
    "dynamic inventory / cloud": ["aws", "ec2", "динамическ", "dynamic", "плагин"],
    "Molecule / testing roles": ["molecule", "молекул", "тестир", "testinfra"],
    "Windows / WinRM": ["winrm", "windows", "винд", "win_"],
    "async / poll": ["async", "poll", "в фоне", "фонов"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зашифрованными", "переменными", "группами", "плейбуку"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
