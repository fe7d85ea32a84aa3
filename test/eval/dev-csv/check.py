#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kotlin probe set, a spreadsheet saved from Excel as semicolon CSV)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (separator and totals rows included)
OOS_TOPICS = {
    "Kotlin Multiplatform": ["multiplatform", "мультиплатформ", "kmp", "commonmain", "ios"],
    "delegated properties other than lazy": ["observable", "vetoable", "delegate", "делегат", "by map", "getvalue"],
    "DSL / type-safe builders": ["dsl", "builder", "билдер", "html"],
    "inline / value classes": ["value class", "jvminline", "inline class", "инлайн-класс", "value-класс"],
    "Ktor": ["ktor", "routing", "роут", "embeddedserver", "httpclient"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["копировать", "последовательностями", "запечатанные"]

check(HERE, "*.csv", OOS_TOPICS, INFLECTION_ABSENT)
