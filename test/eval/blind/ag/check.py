#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Prometheus alerting probe set, Confluence pages exported to Markdown)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "recording rules": ["recording", "record:", "рекординг", "предвычисл"],
    "Grafana dashboards": ["grafana", "графан", "дашборд", "dashboard"],
    "long-term storage": ["thanos", "танос", "victoriametrics", "remote_write", "retention", "ретеншн"],
    "relabelling / service discovery": ["relabel", "релейбл", "service discovery", "_sd_config"],
    "Pushgateway": ["pushgateway", "пушгейт", "крон", "cron"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["подавленн", "гистограммам", "группировать", "кластерам"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
