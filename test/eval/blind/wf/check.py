#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux processes and signals probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "strace / syscall tracing": ["strace", "ptrace", "трассир", "системн", "syscall"],
    "namespaces": ["namespace", "неймспейс", "unshare", "пространств"],
    "cron / timers": ["cron", "крон", "timer", "таймер", "расписан"],
    "ulimit / open-file limits": ["ulimit", "rlimit", "limitnofile", "открытых файлов", "дескриптор"],
    "real-time scheduling": ["chrt", "sched_fifo", "sched_rr", "realtime", "реального времени"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сиротами", "юнитами", "контрольные"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
