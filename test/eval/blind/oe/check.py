#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Russian punctuation for the ЕГЭ probe set, DokuWiki .txt pages)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "direct speech": ["прямая речь", "прямой речи", "прямую речь", "слова автора", "авторск", "цитат", "диалог"],
    "stress / orthoepy": ["ударени", "орфоэп", "звонит", "торты"],
    "н / нн spelling": ["одна н", "две н", "одной н", "двух н", "н и нн", "н/нн", "-нн-"],
    "figures of speech": ["средства выразительности", "выразительн", "метафор", "гипербол", "эпитет", "олицетвор"],
    "the essay": ["сочинени", "аргумент", "абзац", "эссе", "позиция автора", "позиции автора"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["обращениями", "сказуемыми", "однородными", "одиночные", "деепричастия"]

check(HERE, "**/*.txt", OOS_TOPICS, INFLECTION_ABSENT)
