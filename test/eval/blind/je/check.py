#!/usr/bin/env python3
"""Check questions.yaml against notes/ (SSH probe set, Emacs org-mode files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "SSH certificates / CA": ["сертификат", "certificate", "trustedusercakeys", "ssh-keygen -s"],
    "two-factor auth": ["google authenticator", "totp", "двухфактор", "2fa", "одноразов"],
    "sshfs": ["sshfs", "fuse", "монтир"],
    "copying files": ["scp", "rsync", "sftp", "скачать"],
    "PuTTY / Windows": ["putty", "ppk", "pageant", "винд"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["туннелями", "отпечатками", "паролями"]

check(HERE, "*.org", OOS_TOPICS, INFLECTION_ABSENT)
