#!/usr/bin/env python3
"""Check questions.yaml against notes/ (TypeScript probe set, web articles copied into .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (page junk included)
OOS_TOPICS = {
    "decorators": ["decorator", "декоратор", "experimentaldecorators", "reflect-metadata"],
    "namespaces": ["namespace", "неймспейс", "пространств"],
    "runtime validation (Zod / io-ts)": ["zod", "io-ts", "валидац", "провалид", "схем", "schema"],
    "TypeScript with React props": ["react", "реакт", "jsx", "tsx", "props", "пропс", "children"],
    "project references / monorepo": ["references", "монореп", "monorepo", "composite", "workspace"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["сузить", "перечислениями", "ограничить"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
