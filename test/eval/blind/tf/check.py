#!/usr/bin/env python3
"""Check questions.yaml against notes/ (heart and circulation probe set, pdftotext of a textbook chapter)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "blood groups / Rh": ["группа крови", "групп крови", "группы крови", "резус", "агглютин"],
    "lymphatic system": ["лимф", "lymph"],
    "blood clotting": ["свертыв", "свёртыв", "сворач", "тромб", "фибрин", "коагул"],
    "fetal circulation": ["плод", "овальное окно", "боталл", "пуповин", "fetal"],
    "ECG": ["экг", "электрокардиогр", "зубец", "ecg", "ekg", "интервал"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["синусном", "полулунными", "клапанами", "капиллярам"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
