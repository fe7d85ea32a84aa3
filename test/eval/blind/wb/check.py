#!/usr/bin/env python3
"""Check questions.yaml against notes/ (asyncio/aiohttp/FastAPI probe set, Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "websockets": ["websocket", "вебсокет", "веб-сокет"],
    "async databases": ["asyncpg", "sqlalchemy", "postgres", "база данн", "motor"],
    "testing async code": ["pytest", "тест", "mock"],
    "Celery / task queues": ["celery", "селери", "redis", "редис", "брокер"],
    "uvloop": ["uvloop", "libuv"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["семафорами", "корутинами", "тасками", "отмененными"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
