#!/usr/bin/env python3
"""Check questions.yaml against notes/ (geometric optics for the OGE, OneNote pages pasted into one .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "interference": ["интерференц", "когерент", "interferen", "мыльн"],
    "diffraction": ["дифракц", "решетк", "diffraction"],
    "photoelectric effect": ["фотоэффект", "фотон", "эйнштейн", "photoelectric", "работа выхода"],
    "telescope / microscope": ["телескоп", "микроскоп", "окуляр", "telescope", "microscope"],
    "polarization": ["поляриз", "поляроид", "polariz"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["отражаются", "близоруким", "применяются", "собирающие"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
