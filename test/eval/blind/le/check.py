#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Russian revolutions of 1917 probe set, Craft Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "revolution of 1905 / Bloody Sunday": ["1905", "кровав", "гапон"],
    "Treaty of Brest-Litovsk": ["брест", "похабн"],
    "Civil War": ["гражданская война", "гражданской войн", "колчак", "деникин", "белогвард"],
    "War communism / NEP": ["нэп", "военный коммунизм", "военного коммунизма", "продразверст"],
    "execution of the royal family": ["екатеринбург", "ипатьев", "расстрел", "царскую семью"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["двоевластием", "декретами", "меньшевиками"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
