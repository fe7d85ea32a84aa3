#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Go concurrency probe set, Logseq graph: pages/ and journals/)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "errgroup": ["errgroup", "x/sync", "первой ошибк", "первую ошибк"],
    "sync.Pool": ["sync.pool", "пул объектов", "аллокац"],
    "sync.Once": ["sync.once", "once.do", "однократн", "синглтон", "singleton", "ленив"],
    "pprof / profiling": ["pprof", "профилир", "профайл", "профиль", "flame"],
    "memory model": ["happens-before", "happens before", "модель памяти", "модели памяти", "memory model"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["горутинами", "каналами", "закрытыми", "мьютексом", "мапу"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
