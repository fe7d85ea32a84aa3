#!/usr/bin/env python3
"""Check questions.yaml against notes/ (OO design probe set, mind maps exported as tab-indented text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Visitor": ["visitor", "визитор", "посетител", "double dispatch", "диспетчериз"],
    "Memento": ["memento", "мементо", "хранител", "снимок", "snapshot", "снапшот"],
    "Flyweight": ["flyweight", "легковес", "приспособлен", "intrinsic", "extrinsic"],
    "GRASP": ["grasp", "information expert", "эксперт", "pure fabrication"],
    "hexagonal architecture": ["hexagonal", "гексагон", "шестиуголь", "ports and adapters",
                               "порты и адаптеры", "слоеная", "луковая", "onion"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["внедрять", "подписаться", "адаптировать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
