#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Nginx reverse proxy probe set, Notion Markdown export)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "proxy caching": ["proxy_cache", "cache_valid", "закеш", "закэш", "кэширов", "кеширов"],
    "basic auth": ["auth_basic", "htpasswd", "basic auth", "пароль", "паролем"],
    "Kubernetes ingress": ["ingress", "kubernetes", "k8s", "кубер", "аннотац"],
    "brotli": ["brotli", "бротли"],
    "access log format": ["log_format", "access_log", "access лог", "escape=json", "json формат"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["бэкендами", "заголовками", "регулярками"]

# the Notion export: a root page, a folder per page with sub-pages (database rows) nested below
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
