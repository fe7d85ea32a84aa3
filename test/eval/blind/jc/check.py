#!/usr/bin/env python3
"""Check questions.yaml against notes/ (PostgreSQL transactions and locks probe set, one Word .docx)."""
import pathlib, sys, zipfile
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check_questions, norm  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PATTERN = "*.docx"

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "replication": ["реплик", "replica", "replication", "standby", "streaming"],
    "partitioning": ["партиц", "partition", "секциониров"],
    "backups / pg_dump": ["pg_dump", "pg_restore", "бэкап", "бекап", "backup", "резервн"],
    "connection pooling / PgBouncer": ["pgbouncer", "пулер", "pooler", "pooling", "пул соединений"],
    "EXPLAIN / query plans": ["explain", "seq scan", "планировщик", "план запроса", "query plan"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["точкам", "откатываться", "дедлоками", "версиями"]


def docx_paragraphs(path):
    """Text of every paragraph of word/document.xml (table cells included), split at soft line breaks.
    Fails if the file is not a zip whose XML parts all parse."""
    errors = []
    with zipfile.ZipFile(path) as z:
        if z.testzip() is not None:
            errors.append(f"{path.name}: corrupt zip member")
        names = z.namelist()
        for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"):
            if need not in names:
                errors.append(f"{path.name}: missing {need}")
        for n in names:
            if n.endswith((".xml", ".rels")):
                try:
                    ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    errors.append(f"{path.name}: {n} is not well-formed XML: {e}")
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t":          # w:delText (deleted text) is skipped on purpose
                buf.append(el.text or "")
            elif el.tag == W + "tab":
                buf.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                buf.append("\n")
            elif el.tag == W + "noBreakHyphen":
                buf.append("-")
        lines += "".join(buf).split("\n")
    return lines, errors


files = sorted((HERE / "notes").glob(PATTERN))
raw, errors = [], []
for f in files:
    ls, errs = docx_paragraphs(f)
    raw += ls
    errors += errs
lines = [norm(l) for l in raw]
whole = "\n".join(lines)
size = sum(f.stat().st_size for f in files)
print(f"notes: {len(files)} files, {size} bytes, {len(lines)} paragraph lines, {len(whole)} chars of text")
if not files:
    errors.append(f"no notes matching {PATTERN}")
check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)
