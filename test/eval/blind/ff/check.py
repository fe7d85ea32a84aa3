#!/usr/bin/env python3
"""Check questions.yaml against notes/ (event loop / promises / async-await probe set, Notion Markdown & CSV export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Web Workers": ["worker", "воркер", "postmessage"],
    "Node.js event loop": ["nexttick", "setimmediate", "libuv", "node", "нод"],
    "async generators": ["генератор", "generator", "for await", "yield"],
    "RxJS / observables": ["rxjs", "observable", "обсервабл", "switchmap"],
    "debounce / throttle": ["debounce", "throttle", "дебаунс", "троттл"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["промисами", "микротасками", "таймерам"]

# the parent page .md at the top, the six subpages .md and the database .csv in the folder next to it
check(HERE, "**/*.*", OOS_TOPICS, INFLECTION_ABSENT)
