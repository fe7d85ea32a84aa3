#!/usr/bin/env python3
"""Check questions.yaml against notes/ (microbiology basics probe set, Obsidian-style Markdown notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "fungi / antifungals": ["кандид", "флуконазол", "микоз", "грибк", "антимикот", "fung"],
    "helminths": ["аскарид", "глист", "гельминт", "альбендазол", "helminth"],
    "PCR": ["пцр", "pcr", "праймер", "амплификац"],
    "culture media": ["агар", "питательн", "посев", "сеять", "гемолиз", "кровян"],
    "microbiota / probiotics": ["пробиотик", "дисбактериоз", "дисбиоз", "микробиот", "лактобакт", "бифидо"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["спорами", "автоклавированием", "бета-лактамам"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
