#!/usr/bin/env python3
"""Check questions.yaml against notes/ (ЕГЭ genetics probe set, Word «Обычный текст» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Hardy-Weinberg / population genetics": ["харди", "вайнберг", "hardy", "популяц", "панмикс"],
    "interaction of non-allelic genes": ["эпистаз", "комплементар", "полимер", "9:7", "13:3", "15:1", "12:3:1"],
    "mutations / chromosomal diseases": ["мутац", "даун", "трисоми", "полиплоид", "анеуплоид"],
    "molecular biology (genetic code)": ["антикодон", "трнк", "ирнк", "кодон", "транскрипц", "трансляц"],
    "breeding": ["селекц", "гетерозис", "инбридинг", "аутбридинг"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["морганидах", "дальтоники", "гомозиготами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
