#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Russian 19th-century history probe set, Word plain-text export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Russo-Japanese war": ["японск", "япони", "цусим", "порт-артур", "1904", "портсмут"],
    "Stolypin's agrarian reform": ["столыпин", "отруб", "хутор", "1906"],
    "Pugachev's revolt": ["пугач", "екатерин", "1773", "яицк"],
    "Poltava / Great Northern War": ["полтав", "1709", "карл xii", "северная война", "северной войн"],
    "French Revolution": ["бастили", "якобин", "робеспьер", "1789"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["декабристами", "крепостные", "земских", "начальников"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
