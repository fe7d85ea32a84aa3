#!/usr/bin/env python3
"""Check questions.yaml against notes/ (TypeScript types probe set, one hurried Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "decorators": ["декоратор", "decorator", "experimentaldecorators"],
    "declaration files": ["d.ts", "declare", "definitelytyped", "@types", "декларац"],
    "conditional types / infer": ["infer", "conditional", "условн"],
    "satisfies": ["satisfies"],
    "function overloads": ["overload", "перегруз"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["дженериками", "перечислений", "перечислениями", "сужением"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
