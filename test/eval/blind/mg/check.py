#!/usr/bin/env python3
"""Check questions.yaml against notes/ (C# LINQ and async/await probe set, Bear Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "PLINQ": ["plinq", "asparallel", "withdegreeofparallelism"],
    "Reactive Extensions": ["observable", "reactive", "rx.net", "subscribe", "подпис"],
    "Channels": ["channel", "канал", "producer", "consumer"],
    "Parallel.For": ["parallel.for", "parallel.invoke", "ядр"],
    "TPL Dataflow": ["dataflow", "transformblock", "actionblock", "конвейер", "пайплайн"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["дедлоков", "исключениями", "тасков", "группировать"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
