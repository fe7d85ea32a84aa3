#!/usr/bin/env python3
"""Check questions.yaml against notes/ (macroeconomics trial set, Word documents saved as plain text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "exchange rates": ["валютн", "обменн", "exchange rate", "девальвац", "плавающ", "курс рубля"],
    "Phillips curve": ["филлипс", "phillips"],
    "IS-LM": ["is-lm", "is–lm", "хикс", "hicks"],
    "Solow growth model": ["солоу", "solow", "устойчивое состояние", "золотое правило", "steady state"],
    "balance of payments": ["платежн", "balance of payments", "текущих операций", "current account"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["кредиторами", "заемщиками", "инвестициями", "пенсионеров", "стипендиатов"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
