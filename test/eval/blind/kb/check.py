#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux performance probe set, VS Code Foam workspace)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "eBPF / bpftrace": ["bpf", "bcc", "ебпф", "бпф"],
    "packet capture": ["tcpdump", "wireshark", "pcap", "трафик", "дамп"],
    "strace / syscalls": ["strace", "ltrace", "системные вызовы", "системных вызов", "syscall"],
    "cgroups / containers": ["cgroup", "docker", "докер", "контейнер", "kubernetes"],
    "disk space": ["df -h", "du -", "inode", "инод", "место на диске", "df "],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["процессами", "ядрами", "свопом"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
