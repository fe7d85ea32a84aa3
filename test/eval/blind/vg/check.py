#!/usr/bin/env python3
"""Check questions.yaml against notes/ (school mechanics probe set, Word plain-text .txt export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Archimedes / hydrostatics": ["архимед", "выталкивающ", "плаван", "погружен"],
    "pendulum / oscillations": ["маятник", "колебан", "гармоническ"],
    "lever / torque / equilibrium": ["рычаг", "момент силы", "плечо силы", "равновеси"],
    "satellites / cosmic speeds": ["космическ", "спутник", "кеплер", "орбит"],
    "projectile motion": ["горизонтально брош", "дальност", "парабол", "траектори"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["импульсами", "трением", "центростремительным"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
