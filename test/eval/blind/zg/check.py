#!/usr/bin/env python3
"""Check questions.yaml against notes/ (spreadsheet formulas probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "macros / Apps Script": ["макрос", "vba", "apps script", "скрипт"],
    "charts": ["диаграмм", "chart", "график", "sparkline", "спарклайн"],
    "data validation / dropdowns": ["выпадающ", "dropdown", "проверка данных", "data validation", "раскрывающ"],
    "IMPORTRANGE / other files": ["importrange", "импорт", "другого файла", "другой файл"],
    "Power Query": ["power query", "powerquery", "получить и преобразовать"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сводными", "нескольким", "условиям", "дубликатами"]

# Notion puts database pages in nested folders: parent page.md, parent page/Темы <id>/<page> <id>.md
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
