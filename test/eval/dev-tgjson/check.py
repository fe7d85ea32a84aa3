#!/usr/bin/env python3
"""Check questions.yaml against notes/result.json (JVM memory and GC probe set, a Telegram channel exported
by Telegram Desktop as «Machine-readable JSON»).

probe_check.check reads notes as plain text lines, which does not fit a JSON export, so the text is taken from
the messages here: a message's text is the concatenation of its "text" pieces (plain strings, and the "text" of
entity objects: bold, code, pre, link, hashtag, ...), a photo's caption included, and its lines are that text
split at "\n". Only messages of type "message" give lines (service messages have no text). The export is also
checked for the shape Telegram Desktop writes: top-level name / type / id / messages, every message with id,
type, date, date_unixtime, text and text_entities, text_entities listing every piece of text (plain pieces as
{"type": "plain"}), increasing ids, one clock offset between date and date_unixtime, and replies and pins that
point to earlier messages.
"""
import datetime, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "class loading and classloaders": ["classloader", "class loader", "загрузчик", "загрузка классов",
                                       "загрузки классов", "parent delegation", "делегирован"],
    "Project Loom virtual threads": ["loom", "virtual thread", "виртуальн", "carrier thread"],
    "GraalVM native image": ["graal", "native image", "native-image", "нативный образ", "substratevm"],
    "Java memory model, happens-before": ["happens-before", "happens before", "volatile", "memory model",
                                          "модель памяти", "jmm"],
    "CDS / AppCDS": ["appcds", "class data sharing", "xshare", "sharedarchivefile", "cds"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["утечками", "поколениями", "ссылками"]

TOP_KEYS = ["name", "type", "id", "messages"]
CHAT_TYPES = {"personal_chat", "bot_chat", "saved_messages", "private_group", "private_supergroup",
              "public_supergroup", "private_channel", "public_channel", "replies"}
ENTITY_TYPES = {"plain", "bold", "italic", "underline", "strikethrough", "code", "pre", "link", "text_link",
                "hashtag", "cashtag", "mention", "mention_name", "email", "phone", "bot_command", "spoiler",
                "blockquote", "bank_card", "custom_emoji", "unknown"}
DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$")


def piece_text(p):
    return p if isinstance(p, str) else p.get("text", "")


def message_text(m):
    t = m.get("text", "")
    return t if isinstance(t, str) else "".join(piece_text(p) for p in t)


def check_message(m, prev_id, ids, offsets, errors):
    """Appends to `errors` what does not look like a message Telegram Desktop writes."""
    tag = f"message {m.get('id')!r}"
    for k in ["id", "type", "date", "date_unixtime", "text", "text_entities"]:
        if k not in m:
            errors.append(f"{tag}: no {k!r}")
    if not isinstance(m.get("id"), int):
        errors.append(f"{tag}: id is not a number")
        return prev_id
    if prev_id is not None and m["id"] <= prev_id:
        errors.append(f"{tag}: id does not increase (after {prev_id})")
    if m.get("type") not in ("message", "service"):
        errors.append(f"{tag}: type {m.get('type')!r}")
    date, unix = m.get("date", ""), m.get("date_unixtime", "")
    if not (isinstance(date, str) and DATE.match(date)) or not (isinstance(unix, str) and unix.isdigit()):
        errors.append(f"{tag}: date {date!r} / date_unixtime {unix!r} not as Telegram writes them")
    else:
        local = datetime.datetime.strptime(date, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc)
        offsets.add(int(local.timestamp()) - int(unix))
    if ("edited" in m) != ("edited_unixtime" in m):
        errors.append(f"{tag}: edited without edited_unixtime or the reverse")
    if m.get("type") == "service":
        for k in ["actor", "actor_id", "action"]:
            if k not in m:
                errors.append(f"{tag}: service message without {k!r}")
        if m.get("action") == "pin_message" and m.get("message_id") not in ids:
            errors.append(f"{tag}: pins message {m.get('message_id')!r}, which is not an earlier message")
    else:
        for k in ["from", "from_id"]:
            if k not in m:
                errors.append(f"{tag}: no {k!r}")
        if "reply_to_message_id" in m and m["reply_to_message_id"] not in ids:
            errors.append(f"{tag}: replies to {m['reply_to_message_id']!r}, which is not an earlier message")
        if "photo" in m and not ("width" in m and "height" in m):
            errors.append(f"{tag}: photo without width/height")
        if m.get("media_type") == "sticker" and "sticker_emoji" not in m:
            errors.append(f"{tag}: sticker without sticker_emoji")

    text, ents = m.get("text"), m.get("text_entities")
    if not isinstance(ents, list):
        errors.append(f"{tag}: text_entities is not a list")
        return m["id"]
    pieces = [] if text == "" else [text] if isinstance(text, str) else text
    if not isinstance(pieces, list):
        errors.append(f"{tag}: text is neither a string nor a list")
        return m["id"]
    if isinstance(text, list) and len(text) == 1 and isinstance(text[0], str):
        errors.append(f"{tag}: a single plain piece is written as a string, not a list")
    if isinstance(text, list) and not text:
        errors.append(f"{tag}: empty text is written as \"\", not []")
    for p in pieces:
        if isinstance(p, dict):
            if p.get("type") not in ENTITY_TYPES or p.get("type") == "plain" or not isinstance(p.get("text"), str):
                errors.append(f"{tag}: bad text piece {p!r}")
            if p.get("type") == "pre" and "language" not in p:
                errors.append(f"{tag}: pre without language")
            if p.get("type") == "text_link" and "href" not in p:
                errors.append(f"{tag}: text_link without href")
        elif not isinstance(p, str):
            errors.append(f"{tag}: bad text piece {p!r}")
    for e in ents:
        if not isinstance(e, dict) or e.get("type") not in ENTITY_TYPES or not isinstance(e.get("text"), str):
            errors.append(f"{tag}: bad text entity {e!r}")
    if "".join(piece_text(e) for e in ents if isinstance(e, dict)) != message_text(m):
        errors.append(f"{tag}: text_entities do not add up to the text")
    wrapped = [{"type": "plain", "text": p} if isinstance(p, str) else p for p in pieces]
    if wrapped != ents:
        errors.append(f"{tag}: text_entities are not the text's pieces (plain ones as {{\"type\": \"plain\"}})")
    return m["id"]


def main():
    errors = []
    path = HERE / "notes" / "result.json"
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("result.json starts with a BOM; Telegram Desktop writes none")
    doc = json.loads(raw.decode("utf-8"))
    if not isinstance(doc, dict) or list(doc)[:4] != TOP_KEYS:
        errors.append(f"top level keys {list(doc) if isinstance(doc, dict) else type(doc)}, want {TOP_KEYS}")
        doc = doc if isinstance(doc, dict) else {}
    if not isinstance(doc.get("name"), str) or doc.get("type") not in CHAT_TYPES or not isinstance(doc.get("id"), int):
        errors.append("name / type / id of the chat not as Telegram writes them")
    msgs = doc.get("messages") or []
    if not isinstance(msgs, list) or not msgs:
        errors.append("no messages")
        msgs = []

    ids, offsets, prev = set(), set(), None
    for m in msgs:
        if not isinstance(m, dict):
            errors.append(f"message is not an object: {m!r}")
            continue
        prev = check_message(m, prev, ids, offsets, errors)
        ids.add(m.get("id"))
    if len(offsets) > 1:
        errors.append(f"date and date_unixtime disagree by different offsets: {sorted(offsets)}")

    posts = [m for m in msgs if isinstance(m, dict) and m.get("type") == "message"]
    texts = [message_text(m) for m in posts]
    lines = [norm(l) for t in texts for l in t.split("\n")]
    whole = "\n".join(norm(t) for t in texts)
    n_pre = sum(1 for m in posts if isinstance(m.get("text"), list)
                and any(isinstance(p, dict) and p.get("type") == "pre" for p in m["text"]))
    print(f"notes: result.json {len(raw)} bytes, {len(msgs)} messages ({len(posts)} posts, "
          f"{len(msgs) - len(posts)} service), {sum(1 for m in posts if 'forwarded_from' in m)} forwarded, "
          f"{n_pre} with pre blocks, {sum(1 for m in posts if 'photo' in m)} with a photo, "
          f"{sum(len(t) for t in texts)} characters of text, {len(lines)} lines")
    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
