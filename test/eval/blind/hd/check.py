#!/usr/bin/env python3
"""Check questions.yaml against notes/ (computer graphics probe set, GitHub README-style Markdown with raw HTML)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "ray tracing": ["ray tracing", "raytracing", "трассировк", "rtx", "path tracing"],
    "shadows": ["shadow", "тени", "теней", "тень"],
    "PBR": ["pbr", "brdf", "metallic", "roughness", "physically based"],
    "skeletal animation": ["skinning", "скиннинг", "скелет", "bones", "анимац"],
    "anti-aliasing": ["msaa", "fxaa", "antialias", "anti-alias", "антиалиас", "сглаживан", "лесенк"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["треугольниками", "шейдерами", "интерполируются"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
