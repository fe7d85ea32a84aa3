#!/usr/bin/env python3
"""Check questions.yaml against notes/ (frontend testing probe set, Obsidian vault of .md files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "browser / e2e runners": ["playwright", "cypress", "puppeteer", "selenium", "e2e", "end-to-end"],
    "MSW": ["msw", "service worker", "setupserver", "перехват"],
    "Storybook / visual regression": ["storybook", "сторибук", "chromatic", "визуальн", "регресс"],
    "mutation testing": ["stryker", "мутацион", "mutation", "мутант"],
    "property-based testing": ["fast-check", "property-based", "property based", "fastcheck", "проперти"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["фейковыми", "таймерами", "устаревшими", "снапшотами", "шпионами"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
