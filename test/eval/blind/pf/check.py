#!/usr/bin/env python3
"""Check questions.yaml against notes/ (CSS layout probe set, Confluence HTML export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "container queries": ["@container", "container-type", "container quer", "контейнерн"],
    "float": ["float", "clearfix", "обтека"],
    "multi-column layout": ["column-count", "column-width", "многоколон", "газет"],
    "CSS frameworks": ["bootstrap", "бутстрап", "tailwind", "col-md"],
    "animations": ["@keyframes", "keyframes", "animation", "transition", "анимац"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["выравнивать", "поперечной", "растягивать", "выравниванием"]

check(HERE, "*.html", OOS_TOPICS, INFLECTION_ABSENT)
