#!/usr/bin/env python3
"""Check questions.yaml against notes/ (SQL basics probe set, plain .txt notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "window functions": ["оконн", "row_number", "partition by", "over (", "rank("],
    "recursive queries": ["recursive", "рекурсив", "иерарх", "подкатегор"],
    "triggers / stored procedures": ["trigger", "триггер", "процедур"],
    "normalization": ["нормализ", "нормальн", "3nf", "3нф", "денормал"],
    "replication / sharding": ["реплик", "replica", "master", "slave", "шард", "shard"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["подзапросами", "параллельными", "транзакциями", "внешних", "ключах"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
