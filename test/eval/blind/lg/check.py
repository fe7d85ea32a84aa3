#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Python type hints and mypy probe set, two Jupyter notebooks)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "pydantic / runtime validation": ["pydantic", "basemodel", "валидац", "validat"],
    "pyright / pylance": ["pyright", "pylance", "vscode", "vs code"],
    "typing decorators (ParamSpec)": ["paramspec", "concatenate", "wraps", "декоратор функци"],
    "NewType": ["newtype", "new type"],
    "async typing": ["async", "await", "coroutine", "корутин"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["дженериками", "словарями", "перегрузками"]

check(HERE, "*.ipynb", OOS_TOPICS, INFLECTION_ABSENT)
