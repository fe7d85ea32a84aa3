#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux users/groups/permissions probe set, Workflowy plain-text export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "SELinux": ["selinux", "chcon", "restorecon", "getenforce", "permissive", "контекст безопасности"],
    "PAM": ["pam", "faillock", "pam_tally"],
    "capabilities": ["capabilit", "setcap", "getcap", "cap_net"],
    "chattr / immutable": ["chattr", "lsattr", "immutable", "неудаляем", "неизменяем"],
    "disk quotas": ["quota", "квот", "edquota"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["битом", "группами", "владельцев"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
