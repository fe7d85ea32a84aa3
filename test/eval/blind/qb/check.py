#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux processes, signals, systemd; pdftotext -layout of a two-column chapter)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "namespaces / containers": ["namespace", "неймспейс", "пространств", "docker", "докер", "контейнер", "unshare"],
    "system call tracing": ["strace", "ptrace", "системн", "syscall", "сисколл", "трассир"],
    "threads": ["thread", "поток", "pthread"],
    "SELinux / AppArmor": ["selinux", "apparmor", "мандатн", "контекст безопасности"],
    "boot loader / initramfs": ["grub", "initramfs", "initrd", "загрузчик", "параметр ядра", "параметры ядра"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["перехватывать", "скриптах", "таймерами", "осиротевшими", "процессами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
