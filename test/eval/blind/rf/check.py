#!/usr/bin/env python3
"""Check questions.yaml against notes/ (20th-century world history probe set, Word plain-text export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "French Revolution": ["1789", "бастили", "робеспьер", "якобин", "французская революция"],
    "Napoleon / 1812": ["1812", "наполеон", "бородин", "кутузов"],
    "Peter the Great": ["петр i", "петр 1", "петр перв", "петра", "полтав", "1709", "табель о рангах"],
    "Crimean War": ["крымск", "1853", "1856", "севастопол", "синоп"],
    "American Civil War": ["линкольн", "конфедерац", "1861", "рабовлад", "рабств", "севером и югом"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["эрцгерцогом", "блокаду", "репарациями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
