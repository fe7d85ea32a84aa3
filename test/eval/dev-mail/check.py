#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Celery probe set, emails to self exported as plain text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (headers included)
OOS_TOPICS = {
    "Dramatiq": ["dramatiq", "драматик"],
    "RQ (Redis Queue)": ["rq", "redis queue"],
    "Kafka consumers": ["kafka", "кафк", "consumer", "консьюмер", "offset", "оффсет"],
    "Airflow DAGs": ["airflow", "эйрфлоу", "dag", "даг"],
    "Django Channels / websockets": ["channel", "websocket", "вебсокет", "asgi", "daphne"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["идемпотентной", "очередям", "отложить"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
