#!/usr/bin/env python3
"""Check questions.yaml against notes/ (accounting basics probe set, Word documents saved as plain text)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "self-employed (НПД)": ["самозанят", "нпд", "профессиональный доход", "мой налог"],
    "cash registers (ККТ)": ["онлайн-касс", "онлайн касс", "ккт", "фискальн", "54-фз", "офд", "терминал"],
    "leasing": ["лизинг"],
    "bankruptcy": ["банкрот", "несостоятельн", "конкурсн"],
    "IFRS": ["мсфо", "ifrs", "инвестор", "консолидир"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["пассивам", "счетами-фактурами", "проводками"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
