#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Django probe set, Markdown notes written in Typora)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (code blocks included)
OOS_TOPICS = {
    "Django Channels / websockets": ["channels", "websocket", "вебсокет", "веб-сокет", "asgi", "daphne", "consumer"],
    "Celery / background tasks": ["celery", "селери", "сельдере", "rabbitmq", "beat", "фонов", "периодическ",
                                  "расписан"],
    "internationalization": ["i18n", "gettext", "makemessages", "compilemessages", "локализац", "перевод",
                             "мультиязыч", "localemiddleware", "язык"],
    "custom user model": ["abstractuser", "abstractbaseuser", "auth_user_model", "get_user_model", "usermanager"],
    "full-text search": ["searchvector", "searchquery", "searchrank", "полнотекст", "full-text", "full text",
                         "trigram", "триграм", "ранжир"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["откатить", "закешировать", "транзакциями"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
