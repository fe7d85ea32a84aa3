#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Spring Security probe set, one long loose Markdown file)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
# («oauth» alone is no key word: «DaoAuthenticationProvider» contains it; «sso» neither: «@CrossOrigin»)
OOS_TOPICS = {
    "OAuth2 / OIDC login": ["oauth2", "oidc", "openid", "google", "гугл", "keycloak"],
    "LDAP": ["ldap", "лдап", "active directory"],
    "remember-me": ["remember", "запомни"],
    "testing security": ["withmockuser", "mockmvc", "тест", "test"],
    "SAML SSO": ["saml", "single sign", "единый вход"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["фильтрами", "паролями", "аннотациями"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
