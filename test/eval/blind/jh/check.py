#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Python decorators/generators/context managers, Notion «Markdown & CSV» export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "asyncio / async-await": ["asyncio", "async", "await", "асинхрон", "корутин", "coroutine", "event loop"],
    "metaclasses": ["метакласс", "metaclass"],
    "dataclasses": ["dataclass", "датакласс", "default_factory"],
    "pytest fixtures": ["pytest", "фикстур", "fixture", "тест"],
    "threads / GIL": ["threading", "gil", "многопоточ", "тред", "поток"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["декораторами", "исключениями", "замыканием"]

# the export: a root page, a folder with the database CSV, its pages in a subfolder and one plain subpage
check(HERE, "**/*.*", OOS_TOPICS, INFLECTION_ABSENT)
