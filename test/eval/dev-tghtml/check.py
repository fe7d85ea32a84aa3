#!/usr/bin/env python3
"""Check questions.yaml against notes/ (gRPC and Protocol Buffers probe set, Telegram Saved Messages exported
by Telegram Desktop as HTML).

probe_check.check reads notes as plain text lines, which does not fit an HTML export, so the text is taken from
notes/messages*.html here: every message's <div class="text"> (a forwarded message's one included, a photo's or a
file's caption too), with the tags removed, the entities decoded, <br> read as a line break and the newline
Telegram puts before and after the text dropped. The pages are also checked for the shape of a Telegram Desktop
export: the page_wrap / page_header / page_body / history structure, messages with ids (service date separators
with negative ids, ids increasing across the files), a body with a date div carrying a title on every message,
joined messages without a userpic or a sender, replies pointing to earlier messages, and the pagination links.
"""
import html, pathlib, re, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Apache Thrift": ["thrift", "трифт", "apache"],
    "GraphQL subscriptions": ["graphql", "графкуэл", "subscription", "apollo", "websocket", "вебсокет"],
    "mTLS and certificates": ["mtls", "tls", "сертификат", "certificate", "x509", "x.509", "openssl"],
    "Buf linting / breaking-change detection": ["buf lint", "buf breaking", "buf.yaml", "buf.gen", "buf generate",
                                                "lint", "линт", "breaking"],
    "Envoy configuration": ["envoy", "энвой", "istio", "sidecar", "сайдкар", "listener", "листенер"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зарезервировать", "сериализовать", "интерсепторами"]

VOID = {"meta", "link", "img", "br", "input", "hr"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
STAMP = r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d):(\d\d) UTC[+-]\d\d:\d\d"
TITLE_RE = re.compile(rf"^{STAMP}(?: Edited: {STAMP})?$")


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    @property
    def cls(self):
        return set((self.attrs.get("class") or "").split())

    def kids(self, tag=None, *classes):
        return [c for c in self.children if isinstance(c, Node) and (tag is None or c.tag == tag)
                and set(classes) <= c.cls]

    def find_all(self, tag=None, *classes):
        for c in self.children:
            if isinstance(c, Node):
                if (tag is None or c.tag == tag) and set(classes) <= c.cls:
                    yield c
                yield from c.find_all(tag, *classes)

    def text(self):
        """visible text: data decoded, <br> as a newline"""
        out = []
        for c in self.children:
            if isinstance(c, Node):
                out.append("\n" if c.tag == "br" else c.text())
            else:
                out.append(c)
        return "".join(out)


class Parser(HTMLParser):
    """A small tree builder; entities are decoded here so that raw quotes in the text can be noticed."""

    def __init__(self, name, errors):
        super().__init__(convert_charrefs=False)
        self.name, self.errors = name, errors
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.doctype = None
        self.raw_quotes = 0

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append(f"{self.name}: line {self.getpos()[0]}: </{tag}> closes <{self.cur.tag}>")
            n = self.cur
            while n is not self.root and n.tag != tag:
                n = n.parent
            if n is self.root:
                return
            self.cur = n
        self.cur = self.cur.parent

    def _in_text(self):
        n = self.cur
        while n is not None:
            if n.tag == "div" and "text" in n.cls and "bold" not in n.cls:
                return True
            n = n.parent
        return False

    def handle_data(self, data):
        if self._in_text() and re.search(r"[\"'>]", data):
            self.raw_quotes += 1  # Telegram writes &quot; &apos; &gt; in a message's text
        self.cur.children.append(data)

    def handle_entityref(self, name):
        self.cur.children.append(html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self.cur.children.append(html.unescape(f"&#{name};"))


def message_text(div):
    """The text of a <div class="text"> as Telegram writes it, without the newline it puts around the text."""
    t = div.text()
    t = re.sub(r"^\n", "", t)
    return re.sub(r"\n[ \t]*$", "", t)


def strip(s):
    return s.strip(" \n\t")


def read_export(path, index, nfiles, state, errors):
    """Checks one messages*.html; returns [text, ...] of its messages and a list of other visible strings."""
    name = path.name
    p = Parser(name, errors)
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    if p.cur is not p.root:
        errors.append(f"{name}: <{p.cur.tag}> is never closed")
    if (p.doctype or "").lower() != "doctype html":
        errors.append(f"{name}: no <!DOCTYPE html>")
    if p.raw_quotes:
        errors.append(f"{name}: {p.raw_quotes} text piece(s) with a raw quote or '>' (Telegram escapes them)")
    texts, other = [], []
    htmls = p.root.kids("html")
    if len(htmls) != 1:
        errors.append(f"{name}: want one <html>")
        return texts, other
    root = htmls[0]
    head, body = (root.kids("head") or [None])[0], (root.kids("body") or [None])[0]
    if head is None or body is None:
        errors.append(f"{name}: no <head> or <body>")
        return texts, other
    if not any(m.attrs.get("charset") == "utf-8" for m in head.kids("meta")):
        errors.append(f"{name}: no <meta charset=\"utf-8\"/>")
    if [strip(t.text()) for t in head.kids("title")] != ["Exported Data"]:
        errors.append(f"{name}: the title is not «Exported Data»")
    for tag, attr, target in [("link", "href", "css/style.css"), ("script", "src", "js/script.js")]:
        if not any(n.attrs.get(attr) == target for n in head.kids(tag)):
            errors.append(f"{name}: no <{tag} {attr}=\"{target}\">")
        elif not (path.parent / target).is_file():
            errors.append(f"{name}: {target} is missing")
    if body.attrs.get("onload") != "CheckLocation();":
        errors.append(f"{name}: <body> lacks onload=\"CheckLocation();\"")
    wraps = body.kids("div", "page_wrap")
    if len(wraps) != 1:
        errors.append(f"{name}: want one div.page_wrap in <body>")
        return texts, other
    headers, pages = wraps[0].kids("div", "page_header"), wraps[0].kids("div", "page_body", "chat_page")
    if len(headers) != 1 or len(pages) != 1:
        errors.append(f"{name}: page_wrap needs one div.page_header and one div.page_body.chat_page")
        return texts, other
    if strip(headers[0].text()) != "Saved Messages":
        errors.append(f"{name}: the page header is not «Saved Messages»")
    hist = pages[0].kids("div", "history")
    if len(hist) != 1:
        errors.append(f"{name}: want one div.history in page_body")
        return texts, other
    items = hist[0].kids()

    # pagination: «Previous messages» first (not in the first file), «Next messages» last (not in the last file)
    def pagination(node, href, label):
        return (node.tag == "a" and {"pagination", "block_link"} <= node.cls and node.attrs.get("href") == href
                and strip(node.text()) == label)
    links = [n for n in items if n.tag == "a"]
    want = []
    if index > 0:
        prev = "messages.html" if index == 1 else f"messages{index}.html"
        want.append(prev)
        if not items or not pagination(items[0], prev, "Previous messages"):
            errors.append(f"{name}: does not start with a «Previous messages» link to {prev}")
    if index < nfiles - 1:
        nxt = f"messages{index + 2}.html"
        want.append(nxt)
        if not items or not pagination(items[-1], nxt, "Next messages"):
            errors.append(f"{name}: does not end with a «Next messages» link to {nxt}")
    if sorted(a.attrs.get("href") for a in links) != sorted(want):
        errors.append(f"{name}: pagination links {[a.attrs.get('href') for a in links]}, want {want}")
    for href in want:
        if not (path.parent / href).is_file():
            errors.append(f"{name}: pagination points to missing {href}")

    for m in items:
        if m.tag == "a":
            continue
        mid = m.attrs.get("id", "")
        if m.tag != "div" or "message" not in m.cls:
            errors.append(f"{name}: history holds a <{m.tag} class={m.attrs.get('class')!r}> that is no message")
            continue
        if "service" in m.cls:
            mm = re.fullmatch(r"message-(\d+)", mid)
            if not mm:
                errors.append(f"{name}: service message without a negative id: {mid!r}")
                continue
            n = int(mm.group(1))
            if n != state["service"] + 1:
                errors.append(f"{name}: service message {mid} after message-{state['service']}")
            state["service"] = n
            bodies = m.kids("div", "body", "details")
            day = strip(bodies[0].text()) if len(bodies) == 1 else ""
            dm = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", day)
            if not dm or dm.group(2) not in MONTHS:
                errors.append(f"{name}: {mid} is not a date separator: {day!r}")
                continue
            state["day"] = (int(dm.group(1)), MONTHS.index(dm.group(2)) + 1, int(dm.group(3)))
            state["stats"]["date separators"] += 1
            other.append(day)
            continue
        if not {"default", "clearfix"} <= m.cls:
            errors.append(f"{name}: message {mid!r} is neither service nor default clearfix")
            continue
        mm = re.fullmatch(r"message(\d+)", mid)
        if not mm:
            errors.append(f"{name}: default message without a positive id: {mid!r}")
            continue
        n = int(mm.group(1))
        if n <= state["last"]:
            errors.append(f"{name}: {mid} does not follow message{state['last']}")
        state["last"] = n
        state["ids"].add(n)
        st = state["stats"]
        st["messages"] += 1
        joined = "joined" in m.cls
        st["joined"] += joined
        pics = m.kids("div", "userpic_wrap")
        bodies = m.kids("div", "body")
        if len(bodies) != 1:
            errors.append(f"{name}: {mid} needs exactly one div.body")
            continue
        b = bodies[0]
        names = b.kids("div", "from_name")
        if joined and (pics or names):
            errors.append(f"{name}: joined {mid} has a userpic or a from_name")
        if not joined and (len(pics) != 1 or len(names) != 1):
            errors.append(f"{name}: {mid} (not joined) needs a userpic and a from_name")
        if names:
            other.append(strip(names[0].text()))
        dates = b.kids("div", "pull_right", "date", "details")
        if len(dates) != 1 or b.kids()[0] is not dates[0]:
            errors.append(f"{name}: {mid}: the body does not start with a date div")
            continue
        tm = TITLE_RE.match(dates[0].attrs.get("title", ""))
        if not tm:
            errors.append(f"{name}: {mid}: date title {dates[0].attrs.get('title')!r}")
        else:
            d, mo, y, hh, mi = (int(x) for x in tm.groups()[:5])
            if strip(dates[0].text()) != f"{hh:02d}:{mi:02d}":
                errors.append(f"{name}: {mid}: shown time {strip(dates[0].text())!r} is not the title's")
            if state["day"] != (d, mo, y):
                errors.append(f"{name}: {mid} is dated {d}.{mo}.{y} under the separator {state['day']}")
            st["edited"] += "Edited:" in dates[0].attrs["title"]
        for r in b.kids("div", "reply_to", "details"):
            links = r.kids("a")
            rm = re.fullmatch(r"return GoToMessage\((\d+)\)", links[0].attrs.get("onclick", "")) if links else None
            if not rm or links[0].attrs.get("href") != f"#go_to_message{rm.group(1)}":
                errors.append(f"{name}: {mid}: malformed reply_to")
            elif int(rm.group(1)) not in state["ids"]:
                errors.append(f"{name}: {mid} replies to message {rm.group(1)}, which is not before it")
            st["replies"] += 1
        fwd = b.kids("div", "forwarded", "body")
        text_divs = list(b.kids("div", "text"))
        for f in fwd:
            st["forwarded"] += 1
            fn = f.kids("div", "from_name")
            spans = fn[0].kids("span", "date", "details") if fn else []
            if not spans or not re.fullmatch(STAMP, spans[0].attrs.get("title", "")):
                errors.append(f"{name}: {mid}: forwarded body without a from_name and a dated span")
            else:
                other.append(strip(fn[0].text()))
            text_divs += f.kids("div", "text")
        for w in b.kids("div", "media_wrap"):
            st["with media"] += 1
            other += [strip(x.text()) for x in w.find_all("div", "title")]
            other += [strip(x.text()) for x in w.find_all("div", "status")]
        if not text_divs and not b.kids("div", "media_wrap"):
            errors.append(f"{name}: {mid} has neither text nor media")
        for t in text_divs:
            if any(True for _ in t.find_all("pre")):
                st["with pre blocks"] += 1
            texts.append(message_text(t))
    return texts, other


def main():
    files = sorted((HERE / "notes").glob("messages*.html"),
                   key=lambda f: int(re.sub(r"\D", "", f.stem) or 1))
    errors = []
    names = [f.name for f in files]
    want = ["messages.html"] + [f"messages{i}.html" for i in range(2, len(files) + 1)]
    if names != want or len(files) < 2:
        errors.append(f"notes/ holds {names}, want messages.html, messages2.html, …")
    stats = dict.fromkeys(["messages", "joined", "forwarded", "replies", "edited", "with media",
                           "with pre blocks", "date separators"], 0)
    state = {"last": 0, "service": 0, "day": None, "ids": set(), "stats": stats}
    texts, other = [], []
    for i, f in enumerate(files):
        t, o = read_export(f, i, len(files), state, errors)
        texts += t
        other += o
    lines = [norm(l) for t in texts for l in t.split("\n")]
    whole = "\n".join(lines + [norm(o) for o in other])
    size = sum(f.stat().st_size for f in files)
    chars = sum(len(t) for t in texts)
    print(f"notes: {len(files)} files, {size} bytes, {stats['messages']} messages "
          f"({stats['joined']} joined, {stats['forwarded']} forwarded, {stats['replies']} replies, "
          f"{stats['edited']} edited, {stats['with media']} with media, {stats['with pre blocks']} with pre blocks), "
          f"{stats['date separators']} date separators, {sum(1 for l in lines if l)} text lines, "
          f"{chars} characters of text")
    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
