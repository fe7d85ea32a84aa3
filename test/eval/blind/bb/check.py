#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux package management probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "rpm / dnf / Fedora": ["dnf", "yum", "rpm", "fedora", "федор", "rhel"],
    "Arch / pacman / AUR": ["pacman", "aur", "yay", "archlinux"],
    "AppImage": ["appimage", "аппимейдж", "аппимедж"],
    "unattended-upgrades": ["unattended", "обновления безопасности", "security updates"],
    "hosting a repository / mirror": ["aptly", "reprepro", "apt-cacher", "зеркал", "mirror"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зависимостями", "битыми", "подписывают", "ключами", "приоритетами"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
