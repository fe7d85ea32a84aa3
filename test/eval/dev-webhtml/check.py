#!/usr/bin/env python3
"""Check questions.yaml against notes/ (JavaScript async probe set, web articles saved as HTML pages).

probe_check.check reads notes as plain text lines, which does not fit a saved web page, so the text is taken
from the HTML here with html.parser (standard library only). The page is cut into runs of visible text at every
tag that is not an inline one (p, li, headings, table cells, figcaption, summary, div, ...), so a run is the
visible text of one block element with its inline children (a, code, strong, span...); a <pre> is cut further
into its lines. Entities are decoded and whitespace collapsed. The runs inside the article container of a page
(a different class on each site layout) are the notes lines an expect string must lie within; the runs of the
whole page (menus, banners, sidebars, comments and footer included), together with the alt / title /
placeholder / aria-label / value attributes, the <meta> contents and the JSON-LD, make the text in which the
out-of-scope key words and the inflection forms must not occur. The key words are also looked for in the raw
files (markup, styles and scripts included). Each page is also checked for the shape of a saved page: doctype,
head and body, balanced tags, unique ids, #links that resolve (the table of contents among them), the header
menu, a search form, the cookie banner, one h1, one article container, the comments and the footer.
"""
import html, json, pathlib, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (whole pages)
OOS_TOPICS = {
    "Web Workers": ["worker", "воркер", "postmessage", "sharedarraybuffer"],
    "generators / iterators": ["генератор", "generator", "итератор", "iterator", "yield", "function*"],
    "Proxy / Reflect": ["proxy", "прокси", "reflect"],
    "modules (import / export)": ["import", "export", "импорт", "экспорт", "commonjs", "require("],
    "prototypes and classes": ["prototype", "прототип", "__proto__", "наследован", "класс", "class "],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["отклонить", "микрозадачами", "замыканиями"]

# per page: the class of the article container, the class of one reader comment, the class of the table of
# contents (None: the page has none)
PAGES = {
    "event-loop-habr.html": {"body": "article-formatted-body", "comment": "tm-comment-thread__comment", "toc": None},
    "promises-learnjs.html": {"body": "content", "comment": "comment", "toc": "lesson__toc"},
    "debounce-throttle-blog.html": {"body": "entry-content", "comment": "comment-body", "toc": None},
}
SIZE_RANGE = (25_000, 60_000)  # bytes of HTML per page
ARTICLE_RANGE = (4_500, 8_000)  # characters of article text per page

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
          "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "img", "label", "button",
          "input", "svg", "path", "rect", "circle", "g"}
RAW = {"script", "style"}
ATTR_TEXT = {"alt", "title", "placeholder", "aria-label"}


class Page(HTMLParser):
    def __init__(self, cfg):
        super().__init__(convert_charrefs=True)
        self.cfg = cfg
        self.errors = []
        self.doctype = None
        self.stack = []  # (tag, classes)
        self.buf = ""
        self.body_at = None  # stack depth of the open article container
        self.bodies = 0
        self.runs, self.article = [], []  # visible text runs of the page / of the article body
        self.extra = []  # attribute texts, meta contents, JSON-LD
        self.ids, self.hash_links = {}, []
        self.tags = {}
        self.classes = {}
        self.nav_links = []  # links per <nav>
        self.stats = {"headings": 0, "code blocks": 0, "tables": 0}
        self.ld_json, self.inline_scripts, self.stylesheets = 0, 0, 0
        self.metas = {}
        self.search_forms = 0
        self.cookie = None  # text of the cookie banner
        self.toc_links = 0
        self.title = ""

    # ── helpers ──
    def inside(self, tag):
        return any(t == tag for t, _ in self.stack)

    def inside_class(self, cls):
        return any(cls in c for _, c in self.stack)

    def in_article(self):
        return self.body_at is not None and len(self.stack) >= self.body_at

    def flush(self):
        if not self.buf:
            return
        parts = self.buf.split("\n") if self.inside("pre") else [self.buf]
        for part in parts:
            t = norm(part)
            if t:
                self.runs.append(t)
                if self.in_article():
                    self.article.append(t)
        self.buf = ""

    # ── parser callbacks ──
    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs, void=False):
        a = {k: (v or "") for k, v in attrs}
        if tag not in INLINE:
            self.flush()
        self.tags[tag] = self.tags.get(tag, 0) + 1
        classes = set(a.get("class", "").split())
        for c in classes:
            self.classes[c] = self.classes.get(c, 0) + 1
        if "id" in a:
            if a["id"] in self.ids:
                self.errors.append(f"duplicate id {a['id']!r}")
            self.ids[a["id"]] = tag
        for k in ATTR_TEXT:
            if a.get(k):
                self.extra.append(a[k])
        if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
            self.extra.append(a["value"])
        if tag == "meta":
            key = a.get("property") or a.get("name") or ("charset" if "charset" in a else "")
            self.metas[key.lower()] = a.get("content", a.get("charset", ""))
            if a.get("content"):
                self.extra.append(a["content"])
        if tag == "link" and "stylesheet" in a.get("rel", "").split():
            self.stylesheets += 1
        if tag == "a":
            href = a.get("href", "")
            if href.startswith("#") and len(href) > 1:
                self.hash_links.append(href[1:])
                if self.cfg["toc"] and self.inside_class(self.cfg["toc"]):
                    self.toc_links += 1
            if self.inside("nav"):
                self.nav_links[-1] += 1
        if tag == "input" and a.get("type") == "search" and self.inside("form"):
            self.search_forms += 1
        if tag == "script":
            if a.get("type") == "application/ld+json":
                self.ld_json += 1
            elif "src" not in a:
                self.inline_scripts += 1
        if self.in_article():
            if tag in ("h2", "h3"):
                self.stats["headings"] += 1
            elif tag == "pre":
                self.stats["code blocks"] += 1
            elif tag == "table":
                self.stats["tables"] += 1
        if void or tag in VOID:
            return
        if tag == "nav":
            self.nav_links.append(0)
        self.stack.append((tag, classes))
        if self.cfg["body"] in classes:
            self.bodies += 1
            if self.body_at is None:
                self.body_at = len(self.stack)
        if "cookie-banner" in classes:
            self.cookie = ""

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs, void=True)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag not in INLINE:
            self.flush()
        if not self.stack or self.stack[-1][0] != tag:
            open_ = [t for t, _ in self.stack]
            self.errors.append(f"</{tag}> does not close the open <{open_[-1] if open_ else '-'}>")
            if tag not in open_:
                return
            while self.stack[-1][0] != tag:
                self.stack.pop()
        _, classes = self.stack.pop()
        if self.body_at is not None and len(self.stack) < self.body_at:
            self.body_at = None

    def handle_data(self, data):
        top = self.stack[-1][0] if self.stack else None
        if top in RAW:
            if top == "script" and data.strip().startswith(("{", "[")):
                try:
                    ld = json.loads(data)
                    self.extra.append(json.dumps(ld, ensure_ascii=False))
                except ValueError as e:
                    self.errors.append(f"JSON-LD does not parse: {e}")
            return
        if top == "title":
            self.title += data
        if self.cookie is not None and self.inside_class("cookie-banner"):
            self.cookie += data
        self.buf += data


def read_page(path, cfg, errors):
    raw = path.read_text(encoding="utf-8")
    p = Page(cfg)
    p.feed(raw)
    p.close()
    p.flush()
    name = path.name
    errs = [f"{name}: {e}" for e in p.errors[:10]]
    if len(p.errors) > 10:
        errs.append(f"{name}: … and {len(p.errors) - 10} more markup problems")
    if p.stack:
        errs.append(f"{name}: tags left open at the end: {[t for t, _ in p.stack]}")
    if not (p.doctype or "").lower().startswith("doctype html"):
        errs.append(f"{name}: no <!DOCTYPE html>")
    for tag in ("html", "head", "body"):
        if p.tags.get(tag) != 1:
            errs.append(f"{name}: {p.tags.get(tag, 0)} <{tag}>, want 1")
    if not norm(p.title):
        errs.append(f"{name}: empty <title>")
    for key in ("charset", "description", "og:title", "og:type", "og:image", "twitter:card"):
        if key not in p.metas:
            errs.append(f"{name}: no <meta> {key}")
    if p.stylesheets < 1 or p.tags.get("style", 0) < 1:
        errs.append(f"{name}: wants a <link rel=stylesheet> and an inline <style>")
    if p.ld_json < 1 or p.inline_scripts < 1 or p.tags.get("noscript", 0) < 1:
        errs.append(f"{name}: wants JSON-LD, an inline analytics <script> and a <noscript>")
    if p.tags.get("header", 0) < 1 or p.tags.get("footer", 0) < 1:
        errs.append(f"{name}: no <header> or no <footer>")
    if not p.nav_links or not (8 <= max(p.nav_links) <= 15):
        errs.append(f"{name}: the top menu <nav> has {max(p.nav_links or [0])} links, want 8-15")
    if p.search_forms < 1:
        errs.append(f"{name}: no search form")
    if p.cookie is None or "cookies" not in p.cookie.lower() or "принять" not in p.cookie.lower():
        errs.append(f"{name}: no cookie banner with «cookies» and «Принять»")
    if p.tags.get("h1") != 1:
        errs.append(f"{name}: {p.tags.get('h1', 0)} <h1>, want 1")
    if p.bodies != 1:
        errs.append(f"{name}: {p.bodies} article containers .{cfg['body']}, want 1")
    if "comments" not in p.ids:
        errs.append(f"{name}: no comments section (id=comments)")
    n_comments = p.classes.get(cfg["comment"], 0)
    if not (4 <= n_comments <= 8):
        errs.append(f"{name}: {n_comments} comments .{cfg['comment']}, want 4-8")
    for target in sorted(set(p.hash_links)):
        if target not in p.ids:
            errs.append(f"{name}: link #{target} points to no id")
    if cfg["toc"] and p.toc_links < 5:
        errs.append(f"{name}: table of contents .{cfg['toc']} has {p.toc_links} #links, want 5+")
    whole_text = "\n".join(p.runs)
    if "поделиться" not in whole_text:
        errs.append(f"{name}: no «Поделиться» share block")
    if not (p.stats["headings"] and p.stats["code blocks"] and p.stats["tables"]):
        errs.append(f"{name}: the article wants headings, code blocks and a table")
    size = path.stat().st_size
    art_chars = sum(len(t) for t in p.article)
    page_chars = sum(len(t) for t in p.runs)
    if not (SIZE_RANGE[0] <= size <= SIZE_RANGE[1]):
        errs.append(f"{name}: {size} bytes, want {SIZE_RANGE[0]}-{SIZE_RANGE[1]}")
    if not (ARTICLE_RANGE[0] <= art_chars <= ARTICLE_RANGE[1]):
        errs.append(f"{name}: {art_chars} characters of article text, want {ARTICLE_RANGE[0]}-{ARTICLE_RANGE[1]}")
    # the out-of-scope key words must not occur anywhere in the file, markup and scripts included
    rawl = html.unescape(raw).lower()
    for topic, words in OOS_TOPICS.items():
        errs += [f"{name}: out-of-scope topic {topic}: {w!r} occurs in the raw file" for w in words
                 if w.lower() in rawl]
    errors += errs
    print(f"  {name}: {size} bytes, article {art_chars} / page {page_chars} characters "
          f"({len(p.article)} article blocks of {len(p.runs)}), {p.stats['headings']} headings, "
          f"{p.stats['code blocks']} code blocks, {p.stats['tables']} tables, {n_comments} comments, "
          f"top menu {max(p.nav_links or [0])} links" + (f", contents {p.toc_links} links" if cfg["toc"] else ""))
    return p


def main():
    files = sorted((HERE / "notes").glob("*.html"))
    errors, lines, whole = [], [], []
    names = {f.name for f in files}
    for missing in sorted(set(PAGES) - names):
        errors.append(f"notes/{missing} is missing")
    for extra in sorted(names - set(PAGES)):
        errors.append(f"notes/{extra} is not described in PAGES")
    print(f"notes: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")
    for f in files:
        if f.name not in PAGES:
            continue
        p = read_page(f, PAGES[f.name], errors)
        lines += p.article
        whole += p.runs + [norm(t) for t in p.extra]
    check_questions(HERE, lines, "\n".join(whole), OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
