#!/usr/bin/env python3
"""Check questions.yaml against notes/ (regular expressions probe set, Marp slide decks in Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (directives and speaker notes included)
OOS_TOPICS = {
    "Unicode property classes \\p{...}": ["\\p{", "\\p", "unicode", "юникод", "property"],
    "atomic groups / possessive quantifiers": ["атомарн", "atomic", "possessive", "посессив", "сверхжадн", "(?>", "++"],
    "recursive patterns": ["рекурси", "recursi", "(?r)", "сбалансир", "balanced"],
    "JavaScript regex specifics": ["javascript", "джаваскрипт", "lastindex", "matchall", "sticky", "new regexp"],
    "regex engine internals (DFA / NFA)": ["dfa", "nfa", "автомат", "thompson", "томпсон", "re2"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["экранировать", "якорями", "квантификаторами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
