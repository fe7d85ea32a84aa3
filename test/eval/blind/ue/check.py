#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kotlin coroutines probe set, one loose Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "testing coroutines": ["runtest", "kotlinx-coroutines-test", "testdispatcher", "advanceuntilidle", "тест"],
    "shared mutable state / Mutex": ["mutex", "мьютекс", "withlock", "synchronized", "atomic", "гонк"],
    "select expression": ["select", "onreceive", "onawait"],
    "wrapping callback APIs": ["callback", "колбэк", "коллбэк", "suspendcancellablecoroutine", "suspendcoroutine",
                               "awaitclose"],
    "virtual threads (Loom)": ["loom", "virtual thread", "виртуальн", "java 21"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["диспетчерами", "переключаться", "исключениями", "каналами", "подписчикам"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
