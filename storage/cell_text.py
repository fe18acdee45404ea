"""Answers as spreadsheet cells and back: what a person reads and types in Excel.

Choices are written as their labels (and read back from a label or an id), lists one item
per line, tables as lines of cells separated by " | " under a line of column labels.
Strings are escaped the way Excel itself does (`_xHHHH_`) for the characters XML cannot hold,
and split into pieces of at most 32,767 characters, Excel's limit for one cell.
"""

from __future__ import annotations

import datetime as dt
import re

from checklist.model import Question
from checklist.values import AnswerError
from storage.submission import choice_label

MAX_CELL = 32_767  # Excel's limit, counted in UTF-16 units after escaping, to be safe
EXACT_INTEGERS = 2**53  # beyond this a number cell (a double) would change the value
SEPARATOR = " | "
_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_TABLE_ESCAPES = {"\\": "\\\\", "|": "\\|", "\n": "\\n", "\r": "\\r"}
_TABLE_UNESCAPES = {"\\": "\\", "|": "|", "n": "\n", "r": "\r"}


# -- strings in the file ------------------------------------------------------------------
def escape(text: str) -> str:
    """Excel's escape for control characters (and CR, which XML would turn into LF).

    A literal `_x0041_` is written `_x005F_x0041_` so that Excel does not read it as "A".
    """
    return _ESCAPE.sub(lambda m: "_x005F_" if m.group() == "_" else f"_x{ord(m.group()):04X}_", text)


def unescape(text: str) -> str:
    text = _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    try:  # an escaped surrogate pair becomes one character; a lone one is not text
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        raise AnswerError("the cell holds an invalid character") from None


def _units(text: str) -> int:
    return len(escape(text).encode("utf-16-le")) // 2


def split_cell_text(text: str, limit: int = MAX_CELL) -> list[str]:
    """Pieces of `text`, each fitting `limit` units once escaped; joined they give `text` back."""
    pieces = []
    while len(text) > limit or _units(text) > limit:
        cut = min(len(text), limit)
        while (size := _units(text[:cut])) > limit:
            cut = max(1, min(cut - 1, cut * limit // size))  # shrink in proportion
        # End a piece at a line break or space near the limit, so words stay whole.
        start = max(0, cut - 2000)
        boundary = text.rfind("\n", start, cut)
        if boundary < 0:
            boundary = text.rfind(" ", start, cut)
        if boundary >= 0:
            cut = boundary + 1
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


# -- answer values as cells ---------------------------------------------------------------
def to_cell(question: Question, value):
    """A cell value for an answer: a string, or a number for number questions."""
    if value is None:
        return None
    qtype = question.type
    if qtype in ("status", "single"):
        return choice_label(question, value)
    if qtype == "multi":
        return "\n".join(choice_label(question, v) for v in value)
    if qtype == "links":
        return "\n".join(value)
    if qtype == "table":
        return table_text(question, value)
    if qtype == "number" and not _exact_as_number_cell(value):
        return str(value)  # as text, so that not a digit is lost
    return value


def _exact_as_number_cell(value) -> bool:
    """Whether a number cell gives the value back: openpyxl writes 16 significant digits."""
    if isinstance(value, int) and abs(value) > EXACT_INTEGERS:
        return False
    return float(f"{value:.16g}") == value


def from_cell(question: Question, cell):
    """The answer a cell holds (None for an empty cell); raises AnswerError with the reason."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    qtype = question.type
    if qtype == "number":
        return _number(cell, "the answer")
    if qtype == "date":
        if isinstance(cell, (dt.date, dt.datetime)):
            return cell.isoformat()[:10]
        return cell_as_text(cell).strip()
    text = cell_as_text(cell)
    if qtype in ("status", "single"):
        return _choice(question, text)
    if qtype == "multi":
        return [_choice(question, line) for line in text.split("\n") if line.strip()]
    if qtype == "links":
        return [line for line in text.split("\n") if line.strip()]
    if qtype == "table":
        return parse_table(question, text)
    return text


def cell_as_text(cell) -> str:
    """What a person typed, whatever type Excel gave the cell."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < EXACT_INTEGERS:
        return str(int(cell))
    if isinstance(cell, dt.datetime) and cell.time() == dt.time():
        return cell.date().isoformat()
    if isinstance(cell, (dt.date, dt.time, dt.datetime)):
        return cell.isoformat()
    return str(cell)


def _number(cell, what: str):
    if isinstance(cell, bool):
        raise AnswerError(f"{what} must be a number")
    if isinstance(cell, (int, float)):
        return cell
    text = cell_as_text(cell).strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise AnswerError(f"{what} must be a number, not {text!r}") from None


def _choice(question: Question, text: str) -> str:
    wanted = text.strip().casefold()
    for option in question.options:
        if wanted in (option.id.casefold(), choice_label(question, option.id).casefold()):
            return option.id
    labels = ", ".join(choice_label(question, o.id) for o in question.options)
    raise AnswerError(f"{text.strip()!r} is not one of: {labels}")


# -- tables -------------------------------------------------------------------------------
def table_text(question: Question, rows: list[dict]) -> str:
    """A header line of column labels, then one line per row, cells separated by " | "."""
    lines = [SEPARATOR.join(_escape_table_cell(c.label) for c in question.columns)]
    for row in rows:
        cells = []
        for column in question.columns:
            cell = row.get(column.id)
            if cell is None:
                cells.append("")
            elif isinstance(cell, float):
                cells.append(repr(cell))
            else:
                cells.append(_escape_table_cell(str(cell)))
        lines.append(SEPARATOR.join(cells))
    return "\n".join(lines)


def _escape_table_cell(text: str) -> str:
    return "".join(_TABLE_ESCAPES.get(char, char) for char in text)


def _split_table_line(line: str) -> list[str]:
    """Cells of one line: split at unescaped "|", dropping one space on each side of it."""
    cells, current, chars = [], [], iter(line)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            current.append(_TABLE_UNESCAPES.get(following, "\\" + following))
        elif char == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
    cells.append("".join(current))
    last = len(cells) - 1
    return [cell[1 if i > 0 and cell.startswith(" ") else 0:
                 -1 if i < last and cell.endswith(" ") else None] for i, cell in enumerate(cells)]


def parse_table(question: Question, text: str) -> list[dict]:
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    names = {}
    for column in question.columns:
        names[column.label.casefold()] = column
        names[column.id.casefold()] = column
    header = []
    for name in _split_table_line(lines[0]):
        column = names.get(name.strip().casefold())
        if column is None:
            raise AnswerError(f"the first line must name the table's columns ("
                              f"{SEPARATOR.join(c.label for c in question.columns)}); "
                              f"{name.strip()!r} is not one of them")
        header.append(column)
    rows = []
    for number, line in enumerate(lines[1:], start=1):
        cells = _split_table_line(line)
        if len(cells) > len(header):
            raise AnswerError(f"table row {number} has more cells than the table has columns")
        row = {}
        for column, cell in zip(header, cells, strict=False):
            if cell.strip():
                what = f"table row {number}, column {column.label!r}"
                row[column.id] = _number(cell, what) if column.type == "number" else (
                    cell.strip() if column.type == "date" else cell)
        rows.append(row)
    return rows
