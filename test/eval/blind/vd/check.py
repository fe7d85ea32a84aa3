#!/usr/bin/env python3
"""Check questions.yaml against notes/ (psychology of learning probe set, one loose Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "memory palace / mnemonics": ["дворец памяти", "дворц", "memory palace", "loci", "локус", "мнемотехн", "мнемоник",
                                  "mnemonic"],
    "growth mindset": ["mindset", "майндсет", "дуэк", "dweck", "мышление роста", "установк"],
    "speed reading": ["скорочтен", "speed reading", "субвокализ", "быстрочтен"],
    "learning styles": ["learning style", "стили обучения", "стиль обучения", "vark", "аудиал", "кинестет", "визуал"],
    "Zeigarnik effect": ["зейгарник", "zeigarnik", "незаверш", "незакончен"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["интервалами", "перерывах", "помидорами", "карточках"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
