#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Terraform modules and state probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "provisioners": ["provisioner", "провижн", "local-exec", "remote-exec", "ansible", "ансибл"],
    "Terragrunt": ["terragrunt", "террагрант"],
    "testing": ["terraform test", "terratest", "tftest", "тест"],
    "dynamic blocks": ["dynamic", "динамическ", "ingress", "security group", "секьюрити"],
    "CI automation / Atlantis": ["atlantis", "атлантис", "github actions", "pull request", "пулреквест",
                                 "пайплайн", "pipeline"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["воркспейсами", "блокировкой", "импортировать"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
