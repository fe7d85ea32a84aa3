#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Terraform basics probe set, Google Docs .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Terragrunt": ["terragrunt", "террагрант"],
    "provisioners": ["provisioner", "провижн", "local-exec", "remote-exec"],
    "Pulumi / CDKTF": ["pulumi", "пулуми", "cdktf", "питон"],
    "policy as code (Sentinel / OPA)": ["sentinel", "сентинел", "open policy agent", "policy as code", "conftest", "политик"],
    "dynamic blocks": ["dynamic", "динамическ", "ingress"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["модулями", "переменными", "секретными", "воркспейсами", "переключаться"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
