#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux boot probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "network boot (PXE)": ["pxe", "tftp", "netboot", "по сети"],
    "disk encryption (LUKS)": ["luks", "cryptsetup", "crypttab", "шифр"],
    "kdump": ["kdump", "kexec", "crashkernel", "vmcore", "дамп"],
    "systemd-boot": ["systemd-boot", "bootctl", "loader.conf", "sd-boot"],
    "building a kernel": ["menuconfig", "исходник", "компил", "make "],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["параметрами", "таргетами", "разделами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
