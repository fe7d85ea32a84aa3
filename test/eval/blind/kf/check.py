#!/usr/bin/env python3
"""Check questions.yaml against notes/ («Евгений Онегин» probe set, plain .txt notes typed on a phone)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Капитанская дочка": ["капитанск", "гринев", "гринёв", "пугач", "миронов"],
    "Медный всадник": ["медный", "всадник", "наводнен", "параш"],
    "Мертвые души / Гоголь": ["мертвые души", "мёртвые души", "гогол", "чичиков"],
    "Борис Годунов": ["годунов", "самозван", "пимен"],
    "опера Чайковского": ["чайковск", "опера", "оперы", "оперу", "либретто"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["секундантами", "отступлениях", "гувернерами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
