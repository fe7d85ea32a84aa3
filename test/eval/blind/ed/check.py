#!/usr/bin/env python3
"""Check questions.yaml against notes/ (school geometry for the OGE probe set, Word document saved as .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "vectors": ["вектор", "vector"],
    "law of cosines / sines": ["косинусов", "синусов", "law of cosines", "law of sines"],
    "solid geometry": ["объем", "объём", "пирамид", "призм", "volume", "pyramid"],
    "coordinates": ["уравнение окружности", "координат", "x²", "coordinate"],
    "transformations": ["симметри", "поворот", "перенос", "symmetry", "rotation"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["гипотенузу", "катетам", "трапеций", "подобными"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
