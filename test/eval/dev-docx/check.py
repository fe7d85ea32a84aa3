#!/usr/bin/env python3
"""Check questions.yaml against notes/ (information security probe set, Word .docx documents).

probe_check.check reads notes as plain text lines, which does not fit .docx, so the text is taken from the
WordprocessingML here: every paragraph (w:p) of word/document.xml, table cells' paragraphs included, and of
word/footnotes.xml, with the w:t texts of its runs joined. A paragraph is cut where a footnote reference
stands, so that an expect string never spans the place where a reader may show «¹» or «[1]». The packages
are also checked for the parts, styles, numbering and footnotes the documents refer to.
"""
import pathlib, posixpath, sys, zipfile
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "OAuth 2.0 / OpenID Connect": ["oauth", "openid", "authorization code", "access token", "refresh token"],
    "firewalls / iptables": ["firewall", "фаервол", "файрвол", "брандмауэр", "межсетев", "iptables", "nftables"],
    "VPN protocols": ["vpn", "впн", "wireguard", "ipsec", "туннел"],
    "blockchain": ["блокчейн", "blockchain", "биткоин", "bitcoin", "майнинг", "криптовалют", "смарт-контракт"],
    "penetration-testing tools (nmap, Metasploit)": ["nmap", "metasploit", "пентест", "pentest", "kali",
                                                     "сканир", "сканер портов"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["зашифровать", "подписать", "внедрить"]

BREAKS = {W + "footnoteReference", W + "endnoteReference"}
SPACES = {W + "tab", W + "br", W + "cr"}


def paragraph_segments(p):
    """The text of a w:p as a list of segments cut at footnote/endnote references (nested paragraphs skipped)."""
    segs = [""]

    def walk(el):
        for ch in el:
            if ch.tag == W + "p":  # a text box's paragraph inside this one: read on its own
                continue
            if ch.tag == W + "t":
                segs[-1] += ch.text or ""
            elif ch.tag in SPACES:
                segs[-1] += " "
            elif ch.tag in BREAKS:
                segs.append("")
            walk(ch)

    walk(p)
    return segs


def read_docx(path, errors):
    """Returns ([paragraph segments...] per paragraph, counts); appends to `errors` what is wrong with the package."""
    before = len(errors)
    name = path.name
    paras, stats = [], {"tables": 0, "footnotes": 0, "headings": 0, "list items": 0}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        xml = {}
        for n in sorted(names):
            if n.endswith(".xml") or n.endswith(".rels"):
                try:
                    xml[n] = ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    errors.append(f"{name}: {n} is not well-formed: {e}")
    for need in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                 "word/styles.xml"]:
        if need not in xml:
            errors.append(f"{name}: missing {need}")
    if len(errors) > before:
        return paras, stats
    overrides = {o.get("PartName").lstrip("/") for o in xml["[Content_Types].xml"].iter(CT + "Override")}
    for rels, base in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word")]:
        for rel in xml[rels].iter(PR + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(base, rel.get("Target")))
            if target not in names:
                errors.append(f"{name}: {rels} points to missing {target}")
            elif target.endswith(".xml") and target not in overrides:
                errors.append(f"{name}: no content type override for {target}")

    styles = {s.get(W + "styleId"): s for s in xml["word/styles.xml"].iter(W + "style")}
    heading_ids = set()
    for sid, s in styles.items():
        nm = s.find(W + "name")
        if nm is not None and nm.get(W + "val") in ("heading 1", "heading 2"):
            heading_ids.add(sid)
    if len(heading_ids) != 2:
        errors.append(f"{name}: styles.xml lacks the built-in «heading 1» / «heading 2» styles")

    num_ids, abstract_ids = set(), set()
    if "word/numbering.xml" in xml:
        num = xml["word/numbering.xml"]
        abstract_ids = {a.get(W + "abstractNumId") for a in num.iter(W + "abstractNum")}
        for n in num.iter(W + "num"):
            num_ids.add(n.get(W + "numId"))
            a = n.find(W + "abstractNumId")
            if a is None or a.get(W + "val") not in abstract_ids:
                errors.append(f"{name}: numbering num {n.get(W + 'numId')} refers to a missing abstractNum")

    notes = {}
    if "word/footnotes.xml" in xml:
        for fn in xml["word/footnotes.xml"].iter(W + "footnote"):
            if fn.get(W + "type") in (None, "normal"):
                notes[fn.get(W + "id")] = fn
    stats["footnotes"] = len(notes)

    doc = xml["word/document.xml"]
    body = doc.find(W + "body")
    if body is None:
        errors.append(f"{name}: document.xml has no w:body")
        return paras, stats
    stats["tables"] = sum(1 for _ in body.iter(W + "tbl"))
    used_notes = set()
    for el in doc.iter():
        if el.tag in (W + "pStyle", W + "rStyle", W + "tblStyle") and el.get(W + "val") not in styles:
            errors.append(f"{name}: style {el.get(W + 'val')!r} is not in styles.xml")
        elif el.tag == W + "numId" and el.get(W + "val") != "0" and el.get(W + "val") not in num_ids:
            errors.append(f"{name}: numId {el.get(W + 'val')} is not in numbering.xml")
        elif el.tag == W + "footnoteReference":
            used_notes.add(el.get(W + "id"))
            if el.get(W + "id") not in notes:
                errors.append(f"{name}: footnote {el.get(W + 'id')} is not in footnotes.xml")
    for p in body.iter(W + "p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        if ps is not None and ps.get(W + "val") in heading_ids:
            stats["headings"] += 1
        if p.find(f"{W}pPr/{W}numPr") is not None:
            stats["list items"] += 1
        paras.append(paragraph_segments(p))
    for nid, fn in notes.items():
        if nid not in used_notes:
            errors.append(f"{name}: footnote {nid} is never referenced")
        for p in fn.iter(W + "p"):
            paras.append(paragraph_segments(p))
    return paras, stats


def main():
    files = sorted((HERE / "notes").glob("*.docx"))
    errors, paras, totals = [], [], {}
    for f in files:
        ps, st = read_docx(f, errors)
        paras += ps
        for k, v in st.items():
            totals[k] = totals.get(k, 0) + v
    texts = [norm("".join(segs)) for segs in paras]
    # an expect string must lie within one paragraph and not span a footnote reference
    lines = [norm(s) for segs in paras for s in segs]
    whole = "\n".join(texts)
    size = sum(f.stat().st_size for f in files)
    chars = sum(len(t) for t in texts)
    print(f"notes: {len(files)} files, {size} bytes, {len(paras)} paragraphs "
          f"({sum(1 for t in texts if t)} with text, {chars} characters), "
          + ", ".join(f"{v} {k}" for k, v in totals.items()))
    if not files:
        errors.append("no .docx files in notes/")
    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
