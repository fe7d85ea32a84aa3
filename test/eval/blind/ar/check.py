#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux text processing probe set, WhatsApp chat export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "jq / JSON": ["jq", "json", "джейсон"],
    "diff / patch": ["diff", "patch", "патч"],
    "tar / archives": ["tar.gz", "tar -", "gzip", "архив", "распак"],
    "cron": ["cron", "крон", "расписани"],
    "chmod / permissions": ["chmod", "chown", "права на", "права доступа"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["дубликатами", "столбцам", "разделителями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
