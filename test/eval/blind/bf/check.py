#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux scheduled jobs probe set, one hurried Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Kubernetes CronJob": ["kubernetes", "cronjob", "k8s", "кубер"],
    "Windows Task Scheduler": ["windows", "виндовс", "schtasks", "планировщик заданий", "task scheduler"],
    "macOS launchd": ["launchd", "launchctl", "plist", "macos"],
    "Airflow / Celery": ["airflow", "celery", "schedule_interval", "apscheduler", "даг"],
    "event-triggered jobs (incron / inotify / .path units)": ["incron", "inotify", "pathchanged", "pathmodified", "появился"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["таймерами", "переменными", "пропущенными"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
