#!/usr/bin/env python3
"""Check questions.yaml against notes/ (frontend basics probe set, many tiny notes exported from a phone notes app)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "web workers": ["worker", "воркер", "postmessage"],
    "service workers / PWA": ["pwa", "offline", "офлайн", "оффлайн", "manifest", "манифест"],
    "WebAssembly": ["webassembly", "wasm", "васм"],
    "CSS animations": ["keyframes", "animation", "анимац", "transition", "пульс"],
    "SEO": ["seo", "сео", "description", "выдач", "гугл", "google"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["всплытием", "куках", "контекстами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
