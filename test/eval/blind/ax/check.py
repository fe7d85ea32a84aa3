#!/usr/bin/env python3
"""Check questions.yaml against notes/ (immune system probe set, Google Lens OCR of handwritten pages, .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "blood clotting": ["свертыван", "свёртыван", "тромб", "фибрин", "гемофил"],
    "blood groups / transfusion": ["группа крови", "группы крови", "переливан", "резус", "агглютиноген"],
    "thyroid / hormones": ["щитовид", "тироксин", "гормон", "йод", "эндокрин"],
    "reflexes / nervous system": ["рефлекс", "нейрон", "синапс", "нервн"],
    "kidneys / excretion": ["нефрон", "моча", "мочи", "почк", "выделительн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["антигенами", "дженнером", "пастером", "вилочковой"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
