"""Read answers back from the program's own workbook, as a colleague filled it in Excel.

The zip is checked before openpyxl sees it (a damaged, cut-short or inflated file gets a
plain message); sheets are found by the Cover sheet's format marker and the columns by
their header text; an answer continued over several rows is joined again.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

from checklist.model import Checklist
from checklist.values import AnswerError
from storage.cell_text import cell_as_text, from_cell, unescape
from storage.submission import Incoming, SubmissionError, SubmissionFile, check_size
from storage.xlsx_layout import (
    CHECKLIST_ID_LABEL,
    COUNTRY_LABEL,
    COVER,
    FORMAT_LABEL,
    FORMAT_VERSION_LABEL,
    HEADERS,
    LISTS,
    WORKBOOK_FORMAT,
    WORKBOOK_FORMAT_VERSION,
)

ZIP_MAGIC = b"PK\x03\x04"
# A fully answered assessment unpacks to a few tens of MB; a small file that unpacks to
# more is a "zip bomb" or not a workbook of ours, and would exhaust memory.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
_PART = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def read_xlsx(path: Path, checklist: Checklist) -> SubmissionFile:
    check_size(path)
    _check_zip(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds of error on a damaged file
        raise SubmissionError(path, "The workbook is damaged and cannot be read.") from None
    try:
        cover = _cover_values(path, workbook)
        entries, notes = [], []
        for sheet in workbook.worksheets:
            if sheet.title not in (COVER, LISTS):
                entries.extend(_SheetReader(sheet, checklist, notes).entries())
    except SubmissionError:
        raise
    except Exception:  # noqa: BLE001 - read-only mode parses sheets lazily, damage shows here
        raise SubmissionError(path, "The workbook is damaged and cannot be read.") from None
    finally:
        workbook.close()
    if not entries and notes:
        raise SubmissionError(path, f"The workbook has no answer sheets the program can read ({notes[0]}).")
    return SubmissionFile(path, cover["checklist_id"], cover["country"], entries, notes)


def _check_zip(path: Path) -> None:
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != ZIP_MAGIC:
        raise SubmissionError(path, "This is not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if "xl/workbook.xml" not in {m.filename for m in members}:
                raise SubmissionError(path, "This is a zip archive, but not an Excel workbook.")
            unpacked = sum(m.file_size for m in members)
            if unpacked > MAX_UNPACKED_BYTES:
                raise SubmissionError(path, f"The workbook would unpack to {unpacked / 2**20:,.0f} MB, "
                                      "far more than any submission; it was not opened.")
            damaged = archive.testzip()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
        damaged = "?"
    if damaged:
        raise SubmissionError(path, "The workbook is damaged or cut short (truncated) and cannot be read.")


def _cover_values(path: Path, workbook) -> dict:
    if COVER not in workbook.sheetnames:
        raise SubmissionError(path, "This workbook was not exported by Omnibus (it has no Cover "
                              "sheet), so it cannot be imported.")
    values = {}
    for row in workbook[COVER].iter_rows(max_row=200, max_col=2, values_only=True):
        label, value = (tuple(row) + (None, None))[:2]
        if isinstance(label, str):
            values.setdefault(label.strip(), value)
    if values.get(FORMAT_LABEL) != WORKBOOK_FORMAT:
        raise SubmissionError(path, "This workbook was not exported by Omnibus (its Cover sheet "
                              f"does not say \"{FORMAT_LABEL}: {WORKBOOK_FORMAT}\").")
    version = str(values.get(FORMAT_VERSION_LABEL) or "").strip()
    if not version.isdigit() or int(version) != WORKBOOK_FORMAT_VERSION:
        if version.isdigit() and int(version) > WORKBOOK_FORMAT_VERSION:
            raise SubmissionError(path, "The workbook was made by a newer version of Omnibus.",
                                  "Install the newer version to import it.")
        raise SubmissionError(path, f"The workbook has an unknown format version ({version!r}).")
    country = values.get(COUNTRY_LABEL)
    return {"checklist_id": str(values.get(CHECKLIST_ID_LABEL) or "").strip(),
            "country": unescape(country) if isinstance(country, str) else ""}


@dataclass
class _Group:
    """The rows of one question: its first row and any continuation rows after it."""

    where: str
    question_id: str
    answers: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    parts: int = 1  # how many rows the Part column announces
    seen: int = 1
    problem: str = ""


class _SheetReader:
    def __init__(self, sheet, checklist: Checklist, notes: list[str]):
        self.sheet = sheet
        self.checklist = checklist
        self.notes = notes

    def entries(self) -> list[Incoming]:
        rows = self.sheet.iter_rows()
        header = next(rows, ())
        wanted = {text.casefold(): key for key, text in HEADERS.items()}
        columns = {}
        for index, cell in enumerate(header):
            if isinstance(cell.value, str) and cell.value.strip().casefold() in wanted:
                columns.setdefault(wanted[cell.value.strip().casefold()], index)
        if "id" not in columns or "answer" not in columns:
            self.notes.append(f"sheet '{self.sheet.title}' has no '{HEADERS['id']}' and "
                              f"'{HEADERS['answer']}' columns; it was skipped")
            return []
        groups: list[_Group] = []
        for number, row in enumerate(rows, start=2):
            self._row(groups, number, {key: row[i] if i < len(row) else None for key, i in columns.items()})
        return [self._entry(group) for group in groups]

    def _row(self, groups: list[_Group], number: int, cells: dict) -> None:
        values, problem = {}, ""
        for key, cell in cells.items():
            value = getattr(cell, "value", None)
            if getattr(cell, "data_type", None) == "f" and key in ("id", "answer", "comment", "part"):
                problem = problem or f"the {key} cell holds a formula; type the {key} itself"
            if isinstance(value, str):
                try:
                    value = unescape(value)
                except AnswerError as exc:
                    problem = problem or str(exc)
            values[key] = value
        question_id = str(values.get("id") or "").strip()
        answer, comment = values.get("answer"), values.get("comment")
        given = any(v is not None and str(v).strip() for v in (answer, comment))
        where = f"sheet '{self.sheet.title}', row {number}"
        part = _PART.match(str(values.get("part") or ""))
        index, total = (int(part.group(1)), int(part.group(2))) if part else (1, 1)
        current = groups[-1] if groups else None
        if index > 1 and current and current.question_id == question_id and current.seen + 1 == index:
            current.seen = index
            current.answers.append(answer)
            current.comments.append(comment)
            current.problem = current.problem or problem
            return
        if not question_id and not given:
            return
        if index > 1:
            problem = problem or f"the row is part {index} of a longer answer, but part {index - 1} is not above it"
        elif not question_id:
            problem = problem or "the row has an answer or comment but no question id"
        if not given and not problem and total == 1:
            return  # a question nobody answered
        groups.append(_Group(where, question_id, [answer], [comment], total, 1, problem))

    def _entry(self, group: _Group) -> Incoming:
        problem = group.problem
        if not problem and group.seen != group.parts:
            problem = (f"the answer is split over {group.parts} rows (column Part), but only "
                       f"{group.seen} follow one another here")
        question = self.checklist.question(group.question_id)
        comment = _joined(group.comments)
        if problem or question is None:
            return Incoming(group.where, group.question_id, problem=problem)
        try:
            value = from_cell(question, _joined(group.answers))
        except AnswerError as exc:
            return Incoming(group.where, group.question_id, problem=str(exc))
        comment = None if comment is None else cell_as_text(comment)
        return Incoming(group.where, group.question_id, value, comment if comment and comment.strip() else None)


def _joined(pieces: list):
    """One cell's value, or the text of several continuation cells joined again."""
    present = [p for p in pieces if p is not None]
    if len(present) <= 1:
        return present[0] if present else None
    return "".join(p if isinstance(p, str) else str(p) for p in present)
