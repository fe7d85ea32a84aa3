#!/usr/bin/env python3
"""Check questions.yaml against notes/ (ЕГЭ informatics probe set, Word «Обычный текст» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "graphs / shortest path": ["вершин", "ребр", "весов", "графе", "граф,"],
    "spreadsheets": ["excel", "эксел", "ячейк", "электронн"],
    "IP addressing": ["ip-адрес", "ip адрес", "маск", "подсет", "адрес сети"],
    "turtle / Kumir executor": ["черепах", "кумир", "turtle", "исполнител"],
    "recursion": ["рекурс", "recurs", "f(n-1)"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["импликациями", "тетрадами", "кодировках"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
