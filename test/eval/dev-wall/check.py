#!/usr/bin/env python3
"""Check questions.yaml against notes/ (FastAPI probe set, notes pasted with all line breaks lost)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "GraphQL": ["graphql", "графкл", "strawberry", "резолвер"],
    "WebSockets": ["websocket", "вебсокет", "сокет", "ws://"],
    "Celery": ["celery", "селери", "redis", "редис", "брокер", "beat", "расписани"],
    "Django ORM": ["django", "джанго", "select_related", "queryset"],
    "gRPC": ["grpc", "грпц", "protobuf", ".proto"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зависимостями", "миграциями", "переменными"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
