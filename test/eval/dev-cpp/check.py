#!/usr/bin/env python3
"""Check questions.yaml against notes/ (modern C++ probe set, a course handout PDF run through pdftotext).

The notes are read as probe_check.check reads plain text: str.splitlines(), which also cuts at the form feed
pdftotext puts between pages, so an expect string never spans a page break. The shape of pdftotext output is
checked as well: UTF-8 without BOM, LF only, every page ends with a form feed, starts with the running header
and ends with its page number («стр. N» or a bare «N»), numbered 1, 2, 3… in each file.
"""
import pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check_questions, norm  # noqa: E402

HEADER = "Курс C++ — конспект"

# key words of the five in-domain out-of-scope topics; none may occur in the notes (headers and code included)
OOS_TOPICS = {
    "coroutines": ["корутин", "сопрограмм", "coroutine", "co_await", "co_yield", "co_return", "генератор"],
    "virtual functions / vtable": ["virtual", "виртуальн", "vtable", "vptr", "override", "полиморф"],
    "build systems (CMake, Boost)": ["cmake", "boost", "vcpkg", "conan", "target_link_libraries"],
    "C++20 ranges": ["ranges", "views", "рейндж", "ренж"],
    "condition variables": ["condition_variable", "condition variable", "notify_one", "notify_all",
                            "условная перемен", "условной перемен", "кондвар", "потребител"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["переместить", "зарезервировать", "специализировать"]


def shape(f, raw, errors):
    """Appends to `errors` what does not look like `pdftotext` (no -layout) output; returns the page count."""
    name = f.name
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in raw:
        errors.append(f"{name}: has CR line endings")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8: {e}")
        return 0
    if not text.endswith("\f"):
        errors.append(f"{name}: does not end with a form feed")
    pages = text.split("\f")[:-1]
    for n, page in enumerate(pages, 1):
        lines = page.split("\n")
        if lines[0] != HEADER:
            errors.append(f"{name}: page {n} does not start with the running header")
        if lines[-1] != "":
            errors.append(f"{name}: page {n} does not end with a newline before the form feed")
        last = lines[-2] if len(lines) > 1 else ""
        if not re.fullmatch(rf"(стр\. )?{n}", last):
            errors.append(f"{name}: page {n} ends with {last!r}, not its page number")
    return len(pages)


def main():
    files = sorted((HERE / "notes").glob("*.txt"))
    errors, lines, pages = [], [], 0
    for f in files:
        raw = f.read_bytes()
        pages += shape(f, raw, errors)
        lines += [norm(l) for l in raw.decode("utf-8", "replace").splitlines()]
    whole = "\n".join(lines)
    size = sum(f.stat().st_size for f in files)
    print(f"notes: {len(files)} files, {size} bytes, {pages} pages, {len(lines)} lines")
    if not files:
        errors.append("no .txt files in notes/")
    check_questions(HERE, lines, whole, OOS_TOPICS, INFLECTION_ABSENT, errors=errors)


if __name__ == "__main__":
    main()
