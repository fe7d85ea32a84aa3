#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes HPA probe set, Notion Markdown export with a sub-page)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "node autoscaling (Cluster Autoscaler / Karpenter)": ["cluster autoscaler", "cluster-autoscaler", "karpenter", "pending"],
    "Vertical Pod Autoscaler": ["vpa", "vertical pod", "вертикальн", "recommender"],
    "PodDisruptionBudget / drain": ["poddisruptionbudget", "pdb", "drain", "minavailable"],
    "Knative autoscaling": ["knative", "kpa", "concurrency"],
    "alerting (Alertmanager)": ["alertmanager", "алерт", "oomkilled"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["метриками", "политиками", "триггерами"]

# the Notion export: the page's .md plus its sub-page in the folder of the same name
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
