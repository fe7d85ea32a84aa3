#!/usr/bin/env python3
"""Check questions.yaml against notes/ (frontend build tools probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Module Federation / micro-frontends": ["federation", "федераци", "микрофронт", "micro-frontend", "remoteentry"],
    "ESLint / Prettier": ["eslint", "prettier", "линтер", "lint", "форматирован"],
    "monorepo": ["monorepo", "монореп", "turborepo", "workspace", "lerna"],
    "dev server proxy / CORS": ["proxy", "прокси", "проксир", "cors"],
    "PostCSS / Tailwind": ["postcss", "tailwind", "autoprefixer", "постцсс"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["чанками", "полифилами", "исходниками"]

# the Notion export keeps sub-pages in a folder named like the parent page
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
