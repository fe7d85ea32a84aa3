#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Russian personal income tax probe set, Evernote .enex → .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "self-employed (НПД)": ["самозанят", "нпд", "мой налог", "профессиональный доход"],
    "vehicle tax": ["транспортн", "лошадин", "автомобил", "тачк"],
    "crypto": ["крипт", "биткоин", "цифров", "майнинг"],
    "rental income": ["аренд", "жильц", "квартирант", "наниматель"],
    "lottery / betting winnings": ["лотере", "выигрыш", "букмекер"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["вычетами", "ставками", "ипотечным", "процентам"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
