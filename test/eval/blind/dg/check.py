#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Rust errors and traits probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "lifetimes": ["lifetime", "лайфтайм", "время жизни", "borrow", "заимствован"],
    "async / tokio": ["async", "await", "tokio", "future"],
    "unsafe / FFI": ["unsafe", "ffi", "extern", "сишн", "raw pointer"],
    "testing": ["#[test]", "cargo test", "тест", "assert"],
    "Rc / RefCell": ["refcell", "rc<", "interior mutab", "счетчик ссылок", "borrow_mut"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["паниковать", "векторе", "трейтом", "конвертировать"]

check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
