#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Rust ownership probe set, plain-text learning diary)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "async / tokio": ["async", "await", "tokio", "асинхрон", "future"],
    "macros": ["macro_rules", "макрос", "proc_macro", "proc-macro"],
    "unsafe / raw pointers": ["unsafe", "сырой указатель", "сырых указател", "raw pointer", "*const", "*mut"],
    "threads / Arc / Mutex": ["mutex", "мьютекс", "thread", "spawn", "arc<", "поток"],
    "publishing crates": ["crates.io", "cargo publish", "опубликов", "публикац", "крейт"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["изменяемыми", "ссылками", "заимствованиями", "лайфтаймами", "помечать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
