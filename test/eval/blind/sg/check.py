#!/usr/bin/env python3
"""Check questions.yaml against notes/ (GraphQL probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "federation / stitching": ["federation", "федерац", "supergraph", "суперграф", "subgraph", "stitching"],
    "persisted queries": ["persisted", "apq", "sha256", "персист"],
    "file uploads": ["upload", "multipart", "аплоад", "картинк"],
    "code generation": ["codegen", "кодоген", "typescript", "генерац"],
    "depth / complexity limits": ["depth", "complexity", "глубин", "сложност"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["резолверам", "фрагментами", "курсорами"]

# the root page sits in notes/, its subpages in the folder Notion names after it
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
