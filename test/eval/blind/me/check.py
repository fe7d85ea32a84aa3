#!/usr/bin/env python3
"""Check questions.yaml against notes/ (photosynthesis and respiration probe set, one Typora Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "C4 / CAM plants": ["c4", "с4", "кукуруз", "cam-", "суккулент", "кактус"],
    "chemosynthesis": ["хемосинтез", "chemosynth", "хемотроф", "серобактер", "нитрифиц", "аммиак", "сероводород"],
    "photorespiration": ["фотодыхан", "photorespir", "оксигеназ", "гликолат"],
    "plant hormones / tropisms": ["гормон", "ауксин", "гибберел", "цитокинин", "тропизм"],
    "nitrogen fixation": ["азот", "клубеньк", "nitrogen", "ризоби", "бобов"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["хлоропластами", "митохондриями", "тилакоидных", "пигментами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
