#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Alexander II reforms probe set, one phone-typed .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Stolypin agrarian reform": ["столыпин", "хутор", "отруб"],
    "Decembrists": ["декабрист", "сенатск", "1825", "рылеев", "пестел"],
    "Peter I / Table of Ranks": ["табель о рангах", "петр i", "петр 1", "петра 1", "петровск", "ранг"],
    "oprichnina": ["опричн", "грозн", "иван iv", "малют"],
    "going to the people": ["хождени", "народник", "бакунин", "лавров"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["дворовыми", "мировыми", "рекрутами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
