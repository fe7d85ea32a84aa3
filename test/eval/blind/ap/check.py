#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Redis probe set, Markdown flashcard cheat sheet «**В:** / **О:**»)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Streams / consumer groups": ["stream", "стрим", "xadd", "xread", "consumer group"],
    "Lua scripting": ["lua", "луа", "eval", "скрипт"],
    "ACL / security": ["acl", "requirepass", "пароль", "tls"],
    "modules (RediSearch / RedisJSON)": ["redisearch", "redisjson", "модул", "module", "полнотекст"],
    "geo commands": ["geoadd", "georadius", "geosearch", "радиус", "координат"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["транзакциями", "репликами", "подписчикам"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
