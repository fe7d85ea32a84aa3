#!/usr/bin/env python3
"""Check questions.yaml against notes/ (pytest basics probe set, Markdown with a pasted ChatGPT conversation)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "parallel runs (pytest-xdist)": ["xdist", "параллельн", "-n auto", "ядра", "ядрах"],
    "pytest-mock / unittest.mock": ["mocker", "pytest-mock", "magicmock", "unittest.mock"],
    "property-based testing (Hypothesis)": ["hypothesis", "@given", "property-based"],
    "async tests (pytest-asyncio)": ["asyncio", "async", "await", "корутин"],
    "tox / nox": ["tox", "nox", "версиях питона"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["фикстурами", "маркерами", "покрытием"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
