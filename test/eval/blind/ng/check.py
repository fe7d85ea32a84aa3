#!/usr/bin/env python3
"""Check questions.yaml against notes/ (OGE physics, electricity probe set, Word «Обычный текст» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "capacitors": ["конденсатор", "емкост", "ёмкост", "фарад"],
    "electromagnetic induction": ["индукц", "фарадей", "катушк", "магнит"],
    "Ohm's law for a complete circuit, EMF": ["эдс", "внутренн", "полной цепи", "полная цепь"],
    "transformers, alternating current": ["трансформатор", "переменн", "обмотк", "виток", "витков", "герц"],
    "electrolysis": ["электролиз", "электролит", "катод", "купорос"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["параллельными", "резисторами", "вольтметром", "измерять", "толстых", "тонких"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
