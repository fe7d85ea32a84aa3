#!/usr/bin/env python3
"""Check questions.yaml against notes/ (web security basics trial set, Obsidian-style Markdown notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "JWT": ["jwt", "json web token", "refresh", "рефреш"],
    "OAuth / OpenID Connect": ["oauth", "openid", "authorization code", "через google", "через гугл"],
    "clickjacking": ["clickjacking", "кликджек", "iframe", "x-frame-options", "frame-ancestors"],
    "SSRF": ["ssrf", "server-side request forgery", "169.254", "метадан"],
    "2FA / TOTP": ["2fa", "totp", "двухфактор", "authenticator", "одноразов"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["куками", "экранированием", "солью"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
