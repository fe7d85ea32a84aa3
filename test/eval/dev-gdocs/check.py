#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Python language features probe set, Google Docs downloaded as HTML).

probe_check.check reads notes as plain text lines, which does not fit a Google Docs HTML export (the whole
document is one long line), so the text is taken from the HTML here with html.parser: every paragraph
(<p>, <li>, <h1>…<h6>, a table cell's <p>, a comment's or footnote's <p>), with the text of its spans joined
and entities decoded (&nbsp; is read as a space by norm). A paragraph is cut where a comment or footnote
reference stands (<sup><a href="#cmnt1">[a]</a></sup>, <a href="#ftnt_ref1">[1]</a>), so that an expect string
never spans the place where a reader may show «[a]» or «[1]»; the marker itself is not text. The files are also
checked for the shape of a Google Docs export: one <style> with the class rules, a body of class doc-content,
headings, title and subtitle with h.… ids, lists with lst-kix_… classes and no list inside an <li>, tables whose
text lies in <p>, comment and footnote anchors that resolve both ways, every class of a span (and every c…
class) defined in the style, formatting by classes rather than <b>/<i>/<pre>, and no script.
"""
import collections, pathlib, re, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes' visible text
OOS_TOPICS = {
    "metaclasses": ["метакласс", "metaclass", "__new__", "__init_subclass__", "__prepare__"],
    "asyncio": ["asyncio", "async", "await", "корутин", "coroutine", "event loop", "цикл событий"],
    "GIL and threads": ["gil", "thread", "поток", "многопоточ", "multiprocessing", "мультипроцесс"],
    "descriptors": ["дескриптор", "descriptor", "__get__", "__set_name__", "property"],
    "packaging / pip": ["pip", "pypi", "pyproject", "setup.py", "wheel", "venv", "poetry", "setuptools"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["задекорировать", "скопировать", "перехватывать"]

PARA = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"meta", "hr", "br", "img", "col", "link", "input"}
FORBIDDEN = {"b", "strong", "i", "em", "u", "pre", "code", "tt", "font", "script", "iframe", "center"}
HEAD_START = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
              '<style type="text/css">')


class GDocParser(HTMLParser):
    def __init__(self, name, errors):
        super().__init__(convert_charrefs=True)
        self.name, self.errors = name, errors
        self.stack = []
        self.styles = []
        self.in_style = False
        self.paras = []  # [segments] per paragraph
        self.cur = None  # segments of the open paragraph
        self.in_ref = 0  # inside a comment/footnote reference anchor
        self.span_classes = collections.Counter()
        self.all_classes = set()
        self.body_classes = None
        self.headings = collections.Counter()
        self.title = self.subtitle = 0
        self.tables = self.list_items = 0
        self.links = 0
        self.refs = collections.defaultdict(set)  # kind -> {(href, id)}

    def err(self, msg):
        self.errors.append(f"{self.name}: {msg}")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        self.all_classes.update(classes)
        if tag in FORBIDDEN:
            self.err(f"<{tag}> is not how Google Docs writes formatting")
        if tag == "style":
            self.in_style = True
            self.styles.append("")
        elif tag == "body":
            self.body_classes = classes
        elif tag == "span":
            self.span_classes.update(classes)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings[tag] += 1
            if not (a.get("id") or "").startswith("h."):
                self.err(f"<{tag}> without an h.… id")
        elif tag == "p" and ("title" in classes or "subtitle" in classes):
            which = "title" if "title" in classes else "subtitle"
            setattr(self, which, getattr(self, which) + 1)
            if not (a.get("id") or "").startswith("h."):
                self.err(f"{which} paragraph without an h.… id")
        elif tag in ("ul", "ol"):
            if not any(re.fullmatch(r"lst-kix_[a-z0-9_]+-\d", c) for c in classes):
                self.err(f"<{tag}> without a lst-kix_…-N class")
            if "li" in self.stack:
                self.err(f"<{tag}> nested inside <li> (Google Docs writes levels as sibling lists)")
        elif tag == "li":
            self.list_items += 1
            if not self.stack or self.stack[-1] not in ("ul", "ol"):
                self.err("<li> outside <ul>/<ol>")
        elif tag == "table":
            self.tables += 1
        elif tag == "a":
            href, aid = a.get("href") or "", a.get("id") or ""
            m = re.fullmatch(r"#(cmnt|ftnt)(_ref)?(\d+)", href)
            if m:
                self.refs[m.group(1)].add((href, aid))
                if self.cur is not None:
                    self.cur.append("")  # cut the paragraph here
                self.in_ref += 1
            elif href:
                self.links += 1
                if not href.startswith("https://www.google.com/url?q="):
                    self.err(f"link not wrapped by Google's redirect: {href[:60]}")
        if tag in PARA:
            if self.cur is not None:
                self.err(f"<{tag}> inside another paragraph")
            self.cur = [""]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.err(f"</{tag}> does not close <{self.stack[-1] if self.stack else '-'}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()
        if tag == "style":
            self.in_style = False
        elif tag == "a" and self.in_ref:
            self.in_ref -= 1
        if tag in PARA and self.cur is not None:
            self.paras.append(self.cur)
            self.cur = None

    def handle_data(self, data):
        if self.in_style:
            self.styles[-1] += data
            return
        if self.in_ref:
            return
        if self.cur is not None:
            self.cur[-1] += data
        elif data.strip() and "title" not in self.stack:
            self.err(f"text outside a paragraph: {data.strip()[:40]!r}")


def css_classes(css):
    """{class name: declarations} for the rules of a style sheet (a class in several rules: joined)."""
    css = re.sub(r"@import[^;]*;", "", css)
    out = collections.defaultdict(str)
    for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        for name in re.findall(r"\.([A-Za-z_][\w-]*)", sel):
            out[name] += body + ";"
    return out


def read_gdoc(path, errors):
    name = path.name
    raw = path.read_text(encoding="utf-8")
    if raw.count("\n") > 2:
        errors.append(f"{name}: {raw.count(chr(10)) + 1} lines; a Google Docs export is one long line")
    if not raw.startswith(HEAD_START):
        errors.append(f"{name}: does not start like a Google Docs export")
    if "@import url(https://themes.googleusercontent.com/fonts/css?kit=" not in raw:
        errors.append(f"{name}: no @import of Google's font kit")
    p = GDocParser(name, errors)
    p.feed(raw)
    p.close()
    if p.stack:
        errors.append(f"{name}: unclosed tags {p.stack}")
    if len(p.styles) != 1:
        errors.append(f"{name}: {len(p.styles)} <style> elements, want 1")
    defined = css_classes("".join(p.styles))
    if not any(re.fullmatch(r"c\d+", c) for c in defined):
        errors.append(f"{name}: the style defines no c… class rules")
    if not p.body_classes or "doc-content" not in p.body_classes:
        errors.append(f"{name}: <body> is not of class doc-content")
    for c in sorted(set(p.span_classes) | {c for c in p.all_classes if re.fullmatch(r"c\d+", c)}):
        if c not in defined:
            errors.append(f"{name}: class {c} is used but not defined in the style")
    if p.title != 1:
        errors.append(f"{name}: {p.title} title paragraphs, want 1")
    if not p.headings:
        errors.append(f"{name}: no <h1>…<h6> headings")
    # comment and footnote anchors must resolve both ways
    for kind in ("cmnt", "ftnt"):
        pairs = p.refs.get(kind, set())
        refs = {aid for href, aid in pairs if href.startswith(f"#{kind}") and not href.startswith(f"#{kind}_ref")}
        targets = {aid for href, aid in pairs if href.startswith(f"#{kind}_ref")}
        for href, aid in pairs:
            if href.startswith(f"#{kind}_ref"):
                n = href[len(f"#{kind}_ref"):]
                if aid != f"{kind}{n}" or f"{kind}_ref{n}" not in refs:
                    errors.append(f"{name}: {kind} {aid!r} points back to a missing reference {href}")
            else:
                n = href[len(f"#{kind}"):]
                if aid != f"{kind}_ref{n}" or f"{kind}{n}" not in targets:
                    errors.append(f"{name}: reference {aid!r} points to a missing {kind} {href}")
    bold = {c for c, body in defined.items() if "font-weight:700" in body}
    italic = {c for c, body in defined.items() if "font-style:italic" in body}
    mono = {c for c, body in defined.items() if re.search(r'font-family:"(Courier New|Consolas)"', body)}
    stats = {
        "headings": dict(sorted(p.headings.items())),
        "list items": p.list_items,
        "tables": p.tables,
        "links": p.links,
        "comments": sum(1 for h, _ in p.refs.get("cmnt", ()) if h.startswith("#cmnt_ref")),
        "footnotes": sum(1 for h, _ in p.refs.get("ftnt", ()) if h.startswith("#ftnt_ref")),
        "bold spans": {c: p.span_classes[c] for c in sorted(bold) if p.span_classes[c]},
        "italic spans": sum(p.span_classes[c] for c in italic),
        "monospace spans": sum(p.span_classes[c] for c in mono),
    }
    if not stats["bold spans"]:
        errors.append(f"{name}: no span of a font-weight:700 class")
    if not stats["monospace spans"]:
        errors.append(f"{name}: no span of a Courier New / Consolas class")
    return p.paras, stats


def main():
    files = sorted((HERE / "notes").glob("*.html"))
    errors, paras = [], []
    if not files:
        errors.append("no .html files in notes/")
    for f in files:
        ps, st = read_gdoc(f, errors)
        paras += ps
        texts = [norm("".join(s)) for s in ps]
        print(f"  {f.name}: {f.stat().st_size} bytes, {len(ps)} paragraphs ({sum(1 for t in texts if t)} with text, "
              f"{sum(len(t) for t in texts)} characters), headings {st['headings']}, {st['list items']} list items, "
              f"{st['tables']} tables, {st['links']} links, {st['comments']} comments, {st['footnotes']} footnotes, "
              f"bold spans by class {st['bold spans']}, {st['italic spans']} italic, {st['monospace spans']} monospace")
    texts = [norm("".join(segs)) for segs in paras]
    # an expect string must lie within one paragraph and not span a comment or footnote reference
    lines = [norm(s) for segs in paras for s in segs]
    whole = "\n".join(texts)
    size = sum(f.stat().st_size for f in files)
    print(f"notes: {len(files)} files, {size} bytes, {len(paras)} paragraphs "
          f"({sum(1 for t in texts if t)} with text, {sum(len(t) for t in texts)} characters, "
          f"{len(whole.encode('utf-8'))} bytes of visible text)")
    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
