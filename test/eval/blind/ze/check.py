#!/usr/bin/env python3
"""Check questions.yaml against notes/ (cell biology probe set, pdftotext extract of a chapter conspect)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "photosynthesis": ["фотосинт", "хлоропласт", "хлорофилл", "тилакоид", "кальвин", "пластид"],
    "apoptosis": ["апоптоз", "каспаз", "программируем", "некроз"],
    "cell cycle regulation": ["циклин", "cdk", "p53", "чекпоинт", "контрольн"],
    "PCR": ["пцр", "pcr", "амплифик", "отжиг", "taq"],
    "genome editing": ["crispr", "cas9", "редактирован"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["хромосомами", "мембранами", "связями", "цепочки"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
