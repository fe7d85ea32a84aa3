#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Python asyncio probe set, plain-text learning diary)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "subprocesses": ["subprocess", "подпроцесс", "stdout", "stdin", "pipe"],
    "streams / TCP servers": ["start_server", "open_connection", "streamreader", "tcp", "socket", "сокет", "сервер"],
    "uvloop": ["uvloop", "libuv"],
    "testing": ["pytest", "unittest", "mock", "тест"],
    "trio / anyio": ["trio", "anyio", "curio"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["тасками", "таймаутами", "корутинами", "гонки"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
