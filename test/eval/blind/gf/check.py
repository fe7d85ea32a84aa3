#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kubernetes RBAC probe set, Google Docs .docx download).

The notes are a .docx (a zip), so the text is taken from word/document.xml here: every paragraph is one
line, a soft line break (Shift+Enter, <w:br/>) starts a new line, every table cell's paragraph is its own
line (an expect string never spans two cells). Comments (word/comments.xml) and link targets count only for
the absence checks, never as lines an expect string may lie in."""
import pathlib, re, sys, zipfile
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check_questions, norm  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t" and el.text:
            out.append(el.text)
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def docx_lines(path):
    """(body lines, extra text for absence checks) of one .docx."""
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        names = z.namelist()
        extra = [para_text(p) for part in ("word/comments.xml", "word/footnotes.xml")
                 if part in names for p in ET.fromstring(z.read(part)).iter(W + "p")]
        extra += re.findall(r'Target="([^"]+)"', z.read("word/_rels/document.xml.rels").decode("utf-8"))
    lines = []
    for p in doc.iter(W + "p"):  # body paragraphs and table-cell paragraphs alike, in document order
        lines += para_text(p).split("\n")
    return lines, extra


# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "NetworkPolicy": ["networkpolicy", "network policy", "сетев", "ingress", "egress"],
    "Pod Security admission / securityContext": ["pod security", "podsecurity", "securitycontext",
                                                 "runasnonroot", "runasuser", "psp"],
    "OIDC login (Keycloak)": ["oidc", "keycloak", "openid", "sso"],
    "encryption of Secrets at rest in etcd": ["etcd", "шифров", "encryption", "kms"],
    "audit logging": ["audit", "аудит"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["именам", "конкретными", "группам", "звездочками"]

files = sorted((HERE / "notes").glob("*.docx"))
lines, extra = [], []
for f in files:
    l, e = docx_lines(f)
    lines += l
    extra += e
text_bytes = len("\n".join(lines).encode("utf-8"))
lines = [norm(l) for l in lines]
whole = "\n".join(lines + [norm(e) for e in extra])
size = sum(f.stat().st_size for f in files)
print(f"notes: {len(files)} files, {size} bytes (.docx), {text_bytes} bytes of text, {len(lines)} lines")
check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT,
                inflection_text="\n".join(lines + [norm(e) for e in extra]))
