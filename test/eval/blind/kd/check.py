#!/usr/bin/env python3
"""Check questions.yaml against notes/ (sourdough bread probe set, Evernote .enex export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "rye bread, scalded dough, malt": ["ржан", "рожь", "rye", "заварк", "заварн", "солод", "malt"],
    "bread machine": ["хлебопеч", "bread machine", "bread maker"],
    "pizza": ["пицц", "pizza", "неаполит"],
    "poolish / baguette": ["пулиш", "poolish", "багет", "baguette"],
    "gluten-free bread": ["безглютен", "без глютена", "gluten-free", "gluten free", "псиллиум", "psyllium"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["автолизом", "гидратацией", "расстойкой"]

check(HERE, "*.enex", OOS_TOPICS, INFLECTION_ABSENT)
