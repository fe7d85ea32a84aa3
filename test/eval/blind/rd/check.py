#!/usr/bin/env python3
"""Check questions.yaml against notes/ (bash scripting probe set, one hurried Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "cron scheduling": ["cron", "крон", "расписани", "каждую ночь"],
    "awk / columns": ["awk", "авк", "колонк", "csv"],
    "getopts": ["getopts", "getopt", "optarg", "optind"],
    "nohup / background jobs": ["nohup", "disown", "ssh", "фонов"],
    "systemd services": ["systemd", "systemctl", "сервис", "unit", "юнит"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["кавычками", "двойными", "оборачивать", "функциям", "передаются", "массивами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
