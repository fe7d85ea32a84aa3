#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux boot process probe set, two plain .txt files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "network boot (PXE)": ["pxe", "tftp", "netboot", "бездисков"],
    "disk encryption (LUKS)": ["luks", "cryptsetup", "crypttab", "шифр"],
    "kdump / kexec": ["kdump", "kexec", "crashkernel", "дамп"],
    "compiling a kernel": ["menuconfig", "компил", "исходник", "make "],
    "hibernation": ["гибернац", "hibernat", "resume=", "swap", "своп"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["таргетами", "параметрами", "однопользовательском", "драйверов"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
