#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Django ORM and migrations probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "transactions": ["transaction", "транзакц", "atomic", "select_for_update", "savepoint"],
    "signals": ["signal", "сигнал", "post_save", "pre_save", "receiver"],
    "model inheritance": ["abstract", "абстрактн", "proxy", "прокси", "multi-table", "наследован"],
    "squashing migrations": ["squash", "сквош", "сжать", "сжим"],
    "raw SQL": ["raw(", "cursor", "сырой", "сырые", "execute"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ленивыми", "кверисеты", "аннотировать", "подсчитывать"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
