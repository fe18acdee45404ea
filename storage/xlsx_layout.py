"""The layout of the program's own workbook, shared by the writer and the reader."""

from __future__ import annotations

import re

WORKBOOK_FORMAT = "omnibus-workbook"
WORKBOOK_FORMAT_VERSION = 1
COVER = "Cover"
LISTS = "Lists"  # hidden: the choices behind the drop-down lists

# Cover sheet labels the reader looks up (column A), with their values in column B.
FORMAT_LABEL = "Format"
FORMAT_VERSION_LABEL = "Format version"
CHECKLIST_ID_LABEL = "Checklist id"
COUNTRY_LABEL = "Country"

# Answer sheets: (key, header, width). The reader finds columns by their header text, so a
# colleague may move or add columns; the id column is the key and must be kept.
COLUMNS = (
    ("id", "Question id (keep)", 18),
    ("article", "Article", 22),
    ("provision", "Provision", 10),
    ("question", "Question", 42),
    ("answer", "Answer", 55),
    ("details", "Details", 24),
    ("comment", "Comment", 32),
    ("agency", "Agency", 14),
    ("updated", "Last changed", 18),
    ("part", "Part", 6),
)
HEADERS = {key: header for key, header, _ in COLUMNS}

_FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
MAX_SHEET_NAME = 31  # Excel's limit


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid sheet name: no forbidden characters, at most 31, unique ignoring case."""
    base = _FORBIDDEN_IN_SHEET_NAMES.sub(" ", name).strip().strip("'") or "Sheet"
    if base.casefold() == "history":  # reserved by Excel
        base = "History (answers)"
    title, counter = base[:MAX_SHEET_NAME], 2
    while title.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({counter})"
        title = base[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        counter += 1
    taken.add(title)
    return title
