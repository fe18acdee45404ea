"""The Excel workbook: a cover sheet, then one sheet per instrument with a row per question.

Every string goes in as text, never as a formula, whatever it begins with (`=`, `+`, `-`,
`@`, tab, CR): openpyxl takes such a string for a formula unless the cell's type is forced
back to string after assigning it. Text longer than a cell holds continues on the rows below,
marked "continued", and the caller gets a warning to show the user.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from checklist.about import LANGUAGES, RTL_LANGUAGES
from checklist.model import Article, Instrument, Provision, Question
from checklist.visibility import sibling_id
from storage.atomic import write_atomically
from storage.cell_text import MAX_CELL, escape, split_cell_text, to_cell
from storage.submission import Snapshot, choice_label
from storage.xlsx_layout import (
    CHECKLIST_ID_LABEL,
    COLUMNS,
    COUNTRY_LABEL,
    COVER,
    FORMAT_LABEL,
    FORMAT_VERSION_LABEL,
    LISTS,
    WORKBOOK_FORMAT,
    WORKBOOK_FORMAT_VERSION,
    sheet_title,
)

_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CUT_MARK = " [cut here: too long for one cell]"
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
CONTINUED_FONT = Font(italic=True, color="555555")
COLUMN_NUMBER = {key: index for index, (key, _, _) in enumerate(COLUMNS, start=1)}
HOW_TO = {
    "status": "Choose one from the list.",
    "single": "Choose one from the list.",
    "multi": "Choose from the list; for several, one per line (Alt+Enter).",
    "text": "Text.",
    "date": "A date, written YYYY-MM-DD.",
    "links": "Web addresses or citations, one per line.",
    "table": "A table: first line the column labels, then one line per row, cells separated by |.",
}


def write_xlsx(snapshot: Snapshot, path: Path, draft: bool = False) -> list[str]:
    """Write the workbook atomically; return warnings for the user (long texts split)."""
    workbook, warnings = build_workbook(snapshot, draft)
    write_atomically(path, workbook.save)
    return warnings


def build_workbook(snapshot: Snapshot, draft: bool = False) -> tuple[Workbook, list[str]]:
    workbook = Workbook()
    cover = workbook.active
    cover.title = COVER
    lists = _Lists(workbook.create_sheet(LISTS))
    taken = {COVER, LISTS}
    warnings: list[str] = []
    for instrument in snapshot.checklist.instruments:
        articles = [a for a in snapshot.articles() if a.instrument == instrument.id]
        if articles:
            sheet = workbook.create_sheet(sheet_title(instrument.short_title, taken))
            _AnswerSheet(sheet, snapshot, lists, warnings).fill(instrument, articles)
    _fill_cover(cover, snapshot, warnings, draft)
    workbook.move_sheet(LISTS, offset=len(workbook.sheetnames) - 1)
    lists.sheet.sheet_state = "hidden"
    right_to_left = snapshot.language in RTL_LANGUAGES
    for sheet in workbook.worksheets:
        sheet.sheet_view.rightToLeft = right_to_left
        if draft:
            sheet.oddHeader.center.text = "DRAFT"
    workbook.properties.creator = snapshot.program
    workbook.properties.title = xml_safe(f"Self-assessment: {snapshot.country}")
    return workbook, warnings


def xml_safe(text: str) -> str:
    """Text for places that take no escapes (document properties, page headers)."""
    return _NOT_IN_XML.sub("", text)


def put(sheet: Worksheet, row: int, column: int, value, warnings: list[str] | None = None):
    """Write one cell; a string is always stored as a string, escaped for XML."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        text = escape(value)
        if len(text.encode("utf-16-le")) // 2 > MAX_CELL:  # only for cells that are not split
            text = escape(split_cell_text(value, MAX_CELL - len(CUT_MARK))[0]) + CUT_MARK
            if warnings is not None:
                warnings.append(f"Cell {cell.coordinate} of sheet '{sheet.title}' was cut short.")
        cell.value = text
        cell.data_type = "s"
    else:
        cell.value = value
    cell.alignment = WRAP
    return cell


def _print_setup(sheet: Worksheet, country: str, title_rows: str | None) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows
    # "&" starts a code in headers and footers; "&&" is a literal ampersand.
    sheet.oddHeader.left.text = xml_safe(country)[:100].replace("&", "&&")
    sheet.oddHeader.right.text = "&A"
    sheet.oddFooter.center.text = "Page &P of &N"


class _Lists:
    """The hidden sheet of choices: one column per distinct list of labels."""

    def __init__(self, sheet: Worksheet):
        self.sheet = sheet
        self.ranges: dict[tuple[str, ...], str] = {}

    def range_for(self, labels: tuple[str, ...]) -> str:
        if labels not in self.ranges:
            column = len(self.ranges) + 1
            for row, label in enumerate(labels, start=1):
                put(self.sheet, row, column, label)
            letter = get_column_letter(column)
            self.ranges[labels] = f"{quote_sheetname(LISTS)}!${letter}$1:${letter}${len(labels)}"
        return self.ranges[labels]


class _AnswerSheet:
    def __init__(self, sheet: Worksheet, snapshot: Snapshot, lists: _Lists, warnings: list[str]):
        self.sheet = sheet
        self.snapshot = snapshot
        self.lists = lists
        self.warnings = warnings
        self.validations: dict[tuple, DataValidation] = {}
        self.row = 1

    def fill(self, instrument: Instrument, articles: list[Article]) -> None:
        sheet = self.sheet
        for key, header, width in COLUMNS:
            cell = put(sheet, 1, COLUMN_NUMBER[key], header)
            cell.font = BOLD
            cell.fill = HEADER_FILL
            sheet.column_dimensions[get_column_letter(COLUMN_NUMBER[key])].width = width
        for article in articles:
            for question in article.questions:
                self._question(article, None, question)
            for provision in article.provisions:
                for question in provision.questions:
                    self._question(article, provision, question)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{self.row}"
        _print_setup(sheet, self.snapshot.country, "1:1")

    def _question(self, article: Article, provision: Provision | None, question: Question) -> None:
        record = self.snapshot.records.get(question.id)
        answer = to_cell(question, record.value) if record else None
        answer_pieces = split_cell_text(answer) if isinstance(answer, str) else [answer]
        comment_pieces = split_cell_text(record.comment) if record and record.comment else [None]
        parts = max(len(answer_pieces), len(comment_pieces))
        first = self.row + 1
        for part in range(parts):
            self.row += 1
            cells = {"id": question.id,
                     "answer": answer_pieces[part] if part < len(answer_pieces) else None,
                     "comment": comment_pieces[part] if part < len(comment_pieces) else None,
                     "part": f"{part + 1}/{parts}" if parts > 1 else None}
            if part == 0:
                cells.update(article=f"Article {article.number}. {article.title}",
                             provision=provision.ref if provision else "",
                             question=question.prompt, details=self._details(provision, question),
                             agency=record.agency if record else None,
                             updated=record.updated_at if record else None)
            else:
                cells["question"] = f"(continued, part {part + 1} of {parts})"
            for key, value in cells.items():
                if value is not None and value != "":
                    cell = put(self.sheet, self.row, COLUMN_NUMBER[key], value)
                    if part and key == "question":
                        cell.font = CONTINUED_FONT
        if parts > 1:
            self.warnings.append(
                f"{question.id}: the answer or comment is longer than one Excel cell holds "
                f"({MAX_CELL:,} characters); it continues over rows {first}-{self.row} of sheet "
                f"'{self.sheet.title}', marked 'continued'. Importing the workbook joins them again.")
        if question.options:
            self._validation(question).add(f"{get_column_letter(COLUMN_NUMBER['answer'])}{first}")

    def _validation(self, question: Question) -> DataValidation:
        labels = tuple(choice_label(question, o.id) for o in question.options)
        strict = question.type != "multi"  # several choices are typed one per line
        key = (labels, strict)
        if key not in self.validations:
            validation = DataValidation(type="list", formula1=self.lists.range_for(labels),
                                        allow_blank=True, showErrorMessage=strict)
            validation.errorTitle = "Not in the list"
            validation.error = "Choose one of the answers in the list."
            self.sheet.add_data_validation(validation)
            self.validations[key] = validation
        return self.validations[key]

    def _details(self, provision: Provision | None, question: Question) -> str:
        lines = []
        if provision:
            lines.append(f"Obligation: {provision.obligation}.")
        if question.required:
            lines.append("Required.")
        for local_id, values in question.show_if.items():
            other = self.snapshot.checklist.question(sibling_id(question, local_id))
            shown = " or ".join(choice_label(other, v) if other else v for v in values)
            lines.append(f"Asked when '{local_id}' is {shown}.")
        if question.type == "number":
            limits = [f"at least {question.minimum:g}" if question.minimum is not None else "",
                      f"at most {question.maximum:g}" if question.maximum is not None else ""]
            unit = f" ({question.unit})" if question.unit else ""
            lines.append(f"A number{unit}" + "".join(f", {x}" for x in limits if x) + ".")
        else:
            lines.append(HOW_TO[question.type])
        return "\n".join(lines)


def _fill_cover(sheet: Worksheet, snapshot: Snapshot, warnings: list[str], draft: bool) -> None:
    checklist = snapshot.checklist
    completion = snapshot.completion()
    titles = {i.id: i.short_title for i in checklist.instruments}
    focal_point = "\n".join(f"{k}: {v}" for k, v in snapshot.focal_point.items() if v)
    rows = [
        (COUNTRY_LABEL, snapshot.country),
        ("Instruments", "\n".join(titles.get(i, i) for i in snapshot.instruments)),
        ("Focal point", focal_point or "(not given)"),
        ("Language", f"{LANGUAGES.get(snapshot.language, snapshot.language)} ({snapshot.language})"),
        ("Exported", snapshot.exported_at),
        ("Program", snapshot.program),
        ("Checklist", f"{checklist.title}, version {checklist.version}"),
        ("Completion", _count(completion)),
        *((f"Completion: {titles.get(i, i)}", _count(c)) for i, c in completion["instruments"].items()),
        ("Answers SHA-256", snapshot.digest()),
        ("", ""),
        ("How to fill in", "Type or choose answers in the Answer column of each instrument's sheet "
                           "and comments in the Comment column; keep the Question id column as it "
                           "is. Then import the workbook back into Omnibus."),
        *(("Note", warning) for warning in warnings),
        ("", ""),
        (FORMAT_LABEL, WORKBOOK_FORMAT),
        (FORMAT_VERSION_LABEL, WORKBOOK_FORMAT_VERSION),
        (CHECKLIST_ID_LABEL, checklist.id),
        ("Checklist version", checklist.version),
    ]
    title = put(sheet, 1, 1, f"Self-assessment: {snapshot.country}" + (" (DRAFT: not for submission)" if draft else ""))
    title.font = Font(bold=True, size=14)
    for row, (label, value) in enumerate(rows, start=3):
        put(sheet, row, 1, label).font = BOLD
        put(sheet, row, 2, value, warnings)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 90
    _print_setup(sheet, snapshot.country, None)


def _count(count: dict) -> str:
    total = count["total"]
    share = f" ({100 * count['answered'] // total}%)" if total else ""
    return f"{count['answered']} of {total} required answers given{share}"
