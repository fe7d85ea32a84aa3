#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Spring Data JPA probe set: two Chrome single-file .mhtml pages + .md notes).

The .mhtml pages are MIME multipart/related with a quoted-printable text/html part, so their raw lines hold no
readable Russian; a notes "line" of a page is a line of its decoded HTML text (block elements and <br> end a line,
<pre> keeps its own line breaks, <style>/<script> dropped, entities decoded). The .md notes are read as they are."""
import email, email.policy, html.parser, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check_questions, norm  # noqa: E402

PATTERN = "*.m*"  # *.mhtml and *.md

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "schema migrations (Flyway / Liquibase)": ["flyway", "liquibase", "миграц", "changeset", "changelog"],
    "second-level cache": ["второго уровня", "second-level", "second level", "ehcache", "@cacheable", "кэш запросов"],
    "optimistic / pessimistic locking": ["optimistic", "pessimistic", "оптимистич", "пессимистич", "блокировк",
                                         "@version", "@lock"],
    "Specifications / Criteria API": ["specification", "спецификаци", "criteria", "querydsl", "критери"],
    "JPA auditing": ["auditing", "аудит", "createddate", "lastmodified", "createdby", "entitylisteners"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["ленивыми", "коллекциями", "проверяемых", "исключениях", "двунаправленными", "связями"]

BLOCK = {"address", "article", "aside", "blockquote", "br", "button", "cite", "dd", "div", "dl", "dt", "figcaption",
         "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
         "section", "table", "td", "th", "time", "title", "tr", "ul"}


class HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script", "noscript")
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script", "noscript")
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def mhtml_text(path):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            charset = part.get_content_charset() or "utf-8"
            p = HtmlText()
            p.feed(part.get_payload(decode=True).decode(charset))
            p.close()
            return "".join(p.out)
    raise SystemExit(f"{path.name}: no text/html part")


files = sorted((HERE / "notes").glob(PATTERN))
texts, raws, errors = [], [], []
for f in files:
    raw = f.read_text(encoding="utf-8")
    raws.append(raw)
    if f.suffix == ".mhtml":
        if not raw.startswith("From: <Saved by Blink>"):
            errors.append(f"{f.name}: not a Blink MHTML file")
        texts.append(mhtml_text(f))
    else:
        texts.append(raw)
lines = [norm(l) for t in texts for l in t.splitlines()]
decoded = "\n".join(lines)
# out-of-scope words must be absent from the decoded text and from the raw files (URLs, CSS, headers) alike
whole = decoded + "\n" + "\n".join(norm(r) for r in raws)
size = sum(f.stat().st_size for f in files)
print(f"notes: {len(files)} files, {size} bytes on disk, {len(decoded.encode())} bytes of decoded text, "
      f"{sum(1 for l in lines if l)} non-empty lines")
check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, inflection_text=decoded, errors=errors)
