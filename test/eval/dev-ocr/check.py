#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Rust probe set, OCR of a handwritten notebook)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "async/await and tokio": ["async", "await", "tokio", "future", "асинхрон"],
    "macros": ["macro_rules", "макрос", "proc_macro", "proc-macro"],
    "unsafe": ["unsafe", "сырой указатель", "сырые указатели", "raw pointer", "разыменов"],
    "FFI": ["ffi", "extern", "bindgen", "libc", "сишн"],
    "WebAssembly": ["wasm", "webassembly", "вебассембли", "браузер"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ошибками", "лайфтаймами", "итераторами", "замыканиями"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
