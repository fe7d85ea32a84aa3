#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Python packaging probe set, Sphinx .rst project)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "conda": ["conda", "mamba", "конда"],
    "pyenv": ["pyenv"],
    "publishing to PyPI": ["twine", "upload", "publish", "публикац", "testpypi", "залить"],
    "Docker": ["docker", "докер", "контейнер"],
    "pipenv": ["pipenv", "pipfile"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["окружениями", "ограничениях", "зависимостями"]

check(HERE, "*.rst", OOS_TOPICS, INFLECTION_ABSENT)
