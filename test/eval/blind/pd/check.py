#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Linux disks and file systems probe set, Emacs org-mode files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "software RAID": ["raid", "mdadm", "рейд", "зеркал"],
    "btrfs": ["btrfs", "subvol", "сабвольюм"],
    "disk encryption": ["luks", "cryptsetup", "dm-crypt", "шифр", "encrypt"],
    "network file systems": ["nfs", "cifs", "samba", "smb", "сетев"],
    "disk health / SMART": ["smart", "smartctl", "badblocks", "бэд"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["томами", "разделами", "проверять"]

check(HERE, "*.org", OOS_TOPICS, INFLECTION_ABSENT)
