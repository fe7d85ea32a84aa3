#!/usr/bin/env python3
"""Check questions.yaml against notes/ (OAuth 2.0 / OIDC trial set, Confluence wiki markup saved as .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "SAML": ["saml", "самл"],
    "device authorization grant": ["device", "user_code", "verification_uri", "телевизор", "смарт тв", "клавиатур"],
    "DPoP / sender-constrained tokens": ["dpop", "mtls", "sender-constrained", "proof-of-possession"],
    "token exchange": ["token exchange", "token-exchange", "subject_token", "impersonat", "8693"],
    "Keycloak": ["keycloak", "кейклоак", "realm", "реалм"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["скоупами", "валидировать", "ротировать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
