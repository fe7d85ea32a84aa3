#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Peter I reforms probe set, Google Docs .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Time of Troubles": ["смут", "лжедмитри", "минин", "пожарск", "семибоярщ"],
    "oprichnina of Ivan IV": ["опричн", "земщин", "грозн", "иван iv"],
    "abolition of serfdom 1861": ["1861", "отмена крепостного", "отмены крепостного", "выкупн", "временнообязан"],
    "Patriotic War of 1812": ["1812", "кутузов", "бородин", "наполеон", "отечественн"],
    "Decembrists": ["декабрист", "сенатской площад", "пестел", "северное общество", "южное общество"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["приказами", "рекрутами", "вотчинами", "поместьями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
