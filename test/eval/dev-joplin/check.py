#!/usr/bin/env python3
"""Check questions.yaml against notes/ (classical ML / scikit-learn probe set, Joplin Markdown + Front Matter export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "neural networks / deep learning": ["нейросет", "нейрон", "deep learning", "pytorch", "keras", "tensorflow"],
    "clustering": ["кластер", "k-means", "kmeans", "dbscan"],
    "PCA / dimensionality reduction": ["pca", "главных компонент", "размерност"],
    "NLP / text vectorisation": ["tf-idf", "tfidf", "vectorizer", "текст", "токен", "отзыв"],
    "time series": ["временн", "arima", "сезонн", "timeseries"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["несбалансированными", "классами", "масштабированием", "регуляризацией", "переобучением"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
