#!/usr/bin/env python3
"""Check questions.yaml against notes/ (OGE chemistry probe set, Word document saved as plain text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "hydrolysis": ["гидролиз", "hydrolysis"],
    "electrolysis": ["электролиз", "катод", "анод", "electrolysis"],
    "qualitative reactions": ["качественн", "осадок", "осадк", "реактив", "сульфат"],
    "reaction rate / catalysis": ["скорост", "катализ"],
    "organic chemistry": ["алкан", "изомер", "углеводород", "органическ"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["нейтронами", "радиусы", "периодам", "электронами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
