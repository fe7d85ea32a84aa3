#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Java concurrency probe set, Word document converted by pandoc to Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Spring transactions": ["spring", "спринг", "transactional", "транзакц", "propagation"],
    "garbage collectors": ["garbage", "сборщик мусора", "сборка мусора", "мусор", "zgc", "g1", "shenandoah"],
    "reactive streams / Project Reactor": ["reactor", "реактив", "flux", "mono", "backpressure"],
    "Kotlin coroutines": ["kotlin", "котлин", "корутин", "coroutine", "suspend"],
    "JNI / native code": ["jni", "native", "нативн", "сишн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пулами", "семафором", "атомиками"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
