#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Ansible probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "AWX / Tower": ["awx", "tower", "automation controller", "веб-интерфейс", "веб интерфейс"],
    "dynamic inventory": ["динамическ", "dynamic", "aws", "ec2", "cloud", "облак"],
    "Molecule / testing": ["molecule", "молекул", "тест", "testinfra"],
    "Windows / WinRM": ["windows", "winrm", "win_", "виндов"],
    "async / poll": ["async", "poll", "асинхрон", "в фоне", "фонов"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["хендлерами", "шаблонами", "зашифрованными"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
