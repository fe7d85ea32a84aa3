#!/usr/bin/env python3
"""Check questions.yaml against notes/ (A/B testing statistics probe set, Markdown + LaTeX notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Bayesian A/B testing": ["байес", "bayes", "апостериор", "априор", "posterior", "prior", "бета-распредел"],
    "multi-armed bandits": ["бандит", "bandit", "многорук", "thompson", "томпсон", "epsilon-greedy"],
    "bootstrap": ["бутстрап", "bootstrap", "ресемпл", "resampl"],
    "Mann-Whitney / non-parametric": ["манн", "mann", "уитни", "whitney", "непараметр", "wilcoxon", "вилкоксон"],
    "SRM (sample ratio mismatch)": ["srm", "sample ratio", "mismatch", "хи-квадрат", "chi-square", "chisquare"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["множественными", "сравнениями", "мощностью", "альфу", "дисперсией"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
