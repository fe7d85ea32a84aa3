#!/usr/bin/env python3
"""Check questions.yaml against notes/ (ЕГЭ physics probe set: thermodynamics, OneNote → .docx → .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "humidity": ["влажн", "психрометр", "гигрометр", "точка росы", "насыщенн"],
    "surface tension / capillaries": ["поверхностн", "натяжени", "капилляр", "смачива"],
    "kinds of heat transfer": ["теплопроводн", "конвекц", "излучени"],
    "deformation of solids": ["юнг", "гук", "деформац", "механическое напряжение"],
    "Stern's experiment / Maxwell distribution": ["штерн", "максвелл", "распределени"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["изотермическом", "графикам", "одноатомных"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
