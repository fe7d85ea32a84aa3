#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Pandas probe set, two Jupyter notebooks .ipynb)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (raw .ipynb JSON)
OOS_TOPICS = {
    "rolling windows": ["rolling", "скользящ", "ewm", "expanding"],
    "plotting": ["plot", "matplotlib", "seaborn", "график", "визуализ"],
    "Excel files": ["excel", "эксел", "xlsx", "openpyxl", "sheet"],
    "reshaping wide to long": ["melt", "wide_to_long", "stack", "длинн", "широк"],
    "big files in chunks": ["chunksize", "dask", "polars", "кусками", "чанк"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пропусками", "группам", "склеивать", "ключам"]

check(HERE, "*.ipynb", OOS_TOPICS, INFLECTION_ABSENT)
