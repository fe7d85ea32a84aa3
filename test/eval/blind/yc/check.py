#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Flutter and Dart probe set, one hurried Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "navigation": ["navigator", "навигац", "go_router", "маршрут", "route"],
    "animations": ["animation", "анимац", "tween", "animatedcontainer"],
    "Firebase": ["firebase", "файрбейс", "firestore", "google sign", "гугл"],
    "platform channels": ["methodchannel", "platform channel", "eventchannel", "kotlin", "котлин", "swift"],
    "testing": ["тест", "testwidgets", "pumpwidget", "flutter_test", "bloc_test", "widget test"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ключами", "подписываться", "стримы", "провайдеры", "размещать"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
