#!/usr/bin/env python3
"""Check questions.yaml against notes/ (graph algorithms probe set, pdftotext output of slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Bellman-Ford": ["bellman", "беллман", "форд", "отрицательный цикл", "отрицательного цикла"],
    "Floyd-Warshall": ["floyd", "флойд", "warshall", "уоршелл", "всех пар"],
    "A*": ["a*", "a star", "a-star", "манхэттен", "manhattan"],
    "max flow": ["поток", "max flow", "maxflow", "фалкерсон", "fulkerson", "эдмондс", "карп", "диниц"],
    "strongly connected components": ["сильной связн", "сильно связн", "tarjan", "тарьян", "kosaraju", "косарайю", "scc"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["двудольным", "серых", "сжимать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
