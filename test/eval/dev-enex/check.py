#!/usr/bin/env python3
"""Check questions.yaml against notes/ (software testing theory probe set, an Evernote notebook exported as .enex).

probe_check.check reads notes as plain text lines, which does not fit ENEX: the notes' text is ENML (XHTML) inside
the CDATA of each note's <content>, often one long line per note. So the export is read here with xml.etree, and
each note's ENML with html.parser: a line is the visible text of one block (a <div>, <p>, list item, table cell,
heading, code-block line), its tags removed and entities decoded; a <br/> also ends a line. The note's title is a
line of its own. The export is also checked for the shape Evernote writes: an en-export root, every note with a
title, created and content whose CDATA is well-formed ENML with an en-note root (ENML elements only, known entities,
matched tags), and every en-media hash matching the MD5 of a resource of the same note (and no resource unused).
"""
import base64, hashlib, html.entities, pathlib, re, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (titles and tags included)
OOS_TOPICS = {
    "mutation testing": ["мутац", "мутант", "mutation", "mutant", "pitest", "stryker"],
    "contract testing (Pact)": ["pact", "контракт", "contract", "consumer"],
    "Selenium / Playwright specifics": ["selenium", "селениум", "playwright", "webdriver", "xpath", "локатор",
                                        "cypress", "селектор"],
    "TDD / BDD with Gherkin": ["tdd", "bdd", "gherkin", "геркин", "cucumber", "given", "через тестирование"],
    "mobile testing on devices": ["мобильн", "mobile", "android", "андроид", "смартфон", "iphone", "айфон",
                                  "эмулятор", "emulator", "симулятор", "appium", "ферма устройств"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["граничным", "верифицировать", "автоматизировать"]

# the elements ENML (enml2.dtd) allows
ENML_TAGS = set("""a abbr acronym address area b bdo big blockquote br caption center cite code col colgroup dd del
dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li map ol p pre q s samp small span strike strong sub sup
table tbody td tfoot th thead title tr tt u ul var xmp en-note en-media en-todo en-crypt""".split())
VOID = {"br", "hr", "col", "img", "area", "en-media", "en-todo"}
# a line ends where one of these opens or closes
BLOCKS = {"en-note", "div", "p", "li", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "br", "dl", "dt", "dd", "center", "xmp"}
STAMP = re.compile(r"^\d{8}T\d{6}Z$")


class ENML(HTMLParser):
    """Collects the visible lines of one note's ENML and what is wrong with it."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.lines, self.buf, self.stack, self.problems = [], [], [], []
        self.doctype = self.roots = 0
        self.closed = False
        self.media, self.todos, self.tables, self.codeblocks = [], 0, 0, 0

    def flush(self):
        text = "".join(self.buf)
        self.buf = []
        if text.strip():
            self.lines.append(text)

    def open(self, tag, attrs, void):
        if tag not in ENML_TAGS:
            self.problems.append(f"<{tag}> is not an ENML element")
        if not self.stack:
            if tag != "en-note" or self.closed:
                self.problems.append(f"<{tag}> outside en-note")
            self.roots += 1
        if tag in BLOCKS:
            self.flush()
        a = dict(attrs)
        if tag == "en-media":
            self.media.append((a.get("hash"), a.get("type")))
        elif tag == "en-todo":
            self.todos += 1
            if a.get("checked") not in ("true", "false"):
                self.problems.append("en-todo without checked true/false")
        elif tag == "table":
            self.tables += 1
        elif tag == "div" and "-en-codeblock:true" in (a.get("style") or "").replace(" ", ""):
            self.codeblocks += 1
        elif tag == "a" and not (a.get("href") or "").startswith(("http://", "https://", "mailto:", "evernote:")):
            self.problems.append(f"link without an absolute href: {a.get('href')!r}")
        if tag in VOID:
            if not void:
                self.problems.append(f"<{tag}> not closed (<{tag}/> expected)")
        elif void:
            self.problems.append(f"<{tag}/> written empty")
        else:
            self.stack.append(tag)

    def handle_starttag(self, tag, attrs):
        self.open(tag, attrs, False)

    def handle_startendtag(self, tag, attrs):
        self.open(tag, attrs, True)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close {('<' + self.stack[-1] + '>') if self.stack else 'anything'}")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()
        if tag in BLOCKS:
            self.flush()
        if not self.stack:
            self.closed = True

    def handle_data(self, data):
        if not self.stack:
            if data.strip():
                self.problems.append(f"text outside en-note: {data.strip()[:30]!r}")
            return
        if "<" in data or ">" in data:
            self.problems.append(f"bare angle bracket in text: {data[:30]!r}")
        self.buf.append(data)

    def handle_entityref(self, name):
        if name not in html.entities.name2codepoint:
            self.problems.append(f"unknown entity &{name};")
        else:
            self.buf.append(chr(html.entities.name2codepoint[name]))

    def handle_charref(self, name):
        self.buf.append(chr(int(name[1:], 16) if name[:1] in "xX" else int(name)))

    def handle_decl(self, decl):
        if decl.startswith("DOCTYPE en-note") and "enml2.dtd" in decl:
            self.doctype += 1
        else:
            self.problems.append(f"unexpected declaration <!{decl[:40]}>")

    def unknown_decl(self, data):
        self.problems.append(f"unexpected declaration <![{data[:30]}")

    def finish(self):
        self.close()
        self.flush()
        if self.stack:
            self.problems.append(f"unclosed {', '.join('<' + t + '>' for t in self.stack)}")
        if self.doctype != 1:
            self.problems.append("no en-note DOCTYPE (enml2.dtd)")
        if self.roots != 1:
            self.problems.append(f"{self.roots} root elements, want one en-note")


def read_enex(path, errors):
    """Returns ([(title, [lines])...], tags, stats); appends to `errors` what is wrong with the export."""
    name = path.name
    raw = path.read_text(encoding="utf-8")
    notes, tags, stats = [], set(), {"todos": 0, "tables": 0, "code blocks": 0, "resources": 0, "web clips": 0}
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as e:
        errors.append(f"{name}: not well-formed XML: {e}")
        return notes, tags, stats
    if root.tag != "en-export":
        errors.append(f"{name}: root is <{root.tag}>, want <en-export>")
    if "evernote-export" not in raw[:300] or not root.get("export-date") or root.get("application") != "Evernote":
        errors.append(f"{name}: no en-export DOCTYPE, export-date or application=Evernote")
    all_notes = root.findall("note")
    if raw.count("<![CDATA[") != len(all_notes):
        errors.append(f"{name}: {raw.count('<![CDATA[')} CDATA sections for {len(all_notes)} notes")
    for i, n in enumerate(all_notes, 1):
        title = (n.findtext("title") or "").strip()
        where = f"{name}: note {i} {title!r}"
        if not title:
            errors.append(f"{where}: no title")
        created, updated = n.findtext("created"), n.findtext("updated")
        if not created or not STAMP.match(created):
            errors.append(f"{where}: created missing or not yyyymmddThhmmssZ")
        if updated is not None and (not STAMP.match(updated) or (created and updated < created)):
            errors.append(f"{where}: updated malformed or before created")
        note_tags = [t.text.strip() for t in n.findall("tag") if t.text and t.text.strip()]
        tags.update(note_tags)
        attrs = n.find("note-attributes")
        if attrs is not None and attrs.findtext("source", "").startswith("web.clip"):
            stats["web clips"] += 1
            if not (attrs.findtext("source-url") or "").startswith("http"):
                errors.append(f"{where}: web clip without source-url")
        content = n.findtext("content")
        if content is None or not content.strip():
            errors.append(f"{where}: no content")
            continue
        p = ENML()
        p.feed(content.strip())
        p.finish()
        errors += [f"{where}: {x}" for x in p.problems]
        stats["todos"] += p.todos
        stats["tables"] += p.tables
        stats["code blocks"] += p.codeblocks
        resources = {}
        for r in n.findall("resource"):
            stats["resources"] += 1
            data = re.sub(r"\s+", "", r.findtext("data") or "")
            try:
                blob = base64.b64decode(data, validate=True)
            except ValueError:
                errors.append(f"{where}: resource data is not base64")
                continue
            resources[hashlib.md5(blob).hexdigest()] = r.findtext("mime")
            if r.find("data").get("encoding") != "base64":
                errors.append(f"{where}: resource data without encoding=base64")
        used = set()
        for h, mime in p.media:
            if h not in resources:
                errors.append(f"{where}: en-media hash {h} has no resource in the note")
            elif resources[h] != mime:
                errors.append(f"{where}: en-media type {mime} but resource mime {resources[h]}")
            used.add(h)
        errors += [f"{where}: resource {h} is never shown by an en-media" for h in resources if h not in used]
        notes.append((title, p.lines))
    return notes, tags, stats


def main():
    files = sorted((HERE / "notes").glob("*.enex"))
    errors, notes, tags, totals = [], [], set(), {}
    for f in files:
        ns, ts, st = read_enex(f, errors)
        notes += ns
        tags |= ts
        for k, v in st.items():
            totals[k] = totals.get(k, 0) + v
    # an expect string must lie within one line: a title or one block of a note's ENML
    lines = [norm(l) for title, body in notes for l in [title] + body]
    lines = [l for l in lines if l]
    whole = "\n".join(lines + [norm(t) for t in sorted(tags)])
    size = sum(f.stat().st_size for f in files)
    body_text = "\n".join(l for _, body in notes for l in body)
    print(f"notes: {len(files)} .enex file(s), {size} bytes; {len(notes)} notes, {len(tags)} tags, "
          f"{len(lines)} lines, " + ", ".join(f"{v} {k}" for k, v in totals.items())
          + f"; visible text {len(body_text)} characters ({len(body_text.encode('utf-8'))} bytes UTF-8)")
    if not files:
        errors.append("no .enex files in notes/")
    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
