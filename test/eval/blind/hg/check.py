#!/usr/bin/env python3
"""Check questions.yaml against notes/ (LVM and mdadm probe set, Windows Notepad .txt in cp1251)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import norm, check_questions  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "ZFS": ["zfs", "zpool", "raidz"],
    "Btrfs": ["btrfs", "subvolume", "сабвольюм"],
    "disk encryption / LUKS": ["luks", "cryptsetup", "dm-crypt", "шифр"],
    "LVM thin provisioning": ["thin", "тонк", "overprovision"],
    "SSD caching / lvmcache": ["lvmcache", "dm-cache", "cache", "кэш", "ssd"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["снапшотами", "зеркалом", "расширять"]

# the notes are ANSI (Windows-1251) with CRLF line ends, as old Notepad saves them
files = sorted((HERE / "notes").glob("*.txt"))
lines = [norm(l) for f in files for l in f.read_text(encoding="cp1251").splitlines()]
whole = "\n".join(lines)
size = sum(f.stat().st_size for f in files)
print(f"notes: {len(files)} files, {size} bytes, {len(lines)} lines")
check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT)
