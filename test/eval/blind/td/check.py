#!/usr/bin/env python3
"""Check questions.yaml against notes/ (ML basics probe set, Markdown notes from an online course)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "neural networks / backprop": ["нейросет", "нейрон", "backprop", "обратного распространения", "neural"],
    "clustering / k-means": ["кластер", "k-means", "kmeans", "cluster", "метод локтя"],
    "PCA / dimensionality reduction": ["pca", "главных компонент", "понижени", "размерност", "dimensionality"],
    "trees and ensembles": ["random forest", "случайный лес", "бустинг", "boosting", "xgboost", "дерев", "tree"],
    "SVM / kernels": ["svm", "svc", "опорных вектор", "kernel", "ядро", "rbf"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["переобученной", "несбалансированными", "перемешивать", "разбиением"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
