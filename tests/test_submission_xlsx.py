"""The Excel workbook: layout, print setup, drop-downs, long text, and a colleague's edits."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from checklist.resources import resource_dir
from storage.importing import apply_import, plan_import, read_submission
from storage.json_submission import write_json
from storage.submission import answers_digest, take_snapshot
from storage.xlsx_export import write_xlsx
from storage.xlsx_layout import COVER, HEADERS, LISTS, sheet_title
from tests.conftest import create_assessment

LONG = "Penal Code, section 210. " * 2000  # 50,000 characters: two cells


@pytest.fixture
def sample(tmp_path, checklist):
    """An assessment with the sample answers, a long answer and formula-like text."""
    answers = json.loads((resource_dir() / "sample" / "answers.json").read_text("utf-8"))["answers"]
    with create_assessment(tmp_path / "sample.omnibus", checklist) as assessment:
        assessment.set_answers({**answers, "untoc.5.1a.examples": LONG,
                                "untoc.5.1b.challenges_details": "=SUM(A1:A9)"})
        assessment.set_comment("untoc.5.1a.status", "@ministry: -check +again")
        yield assessment


def export(assessment, checklist, path: Path) -> list[str]:
    return write_xlsx(take_snapshot(assessment, checklist), path)


def rows_by_id(sheet) -> dict[str, list[tuple]]:
    header = [c.value for c in sheet[1]]
    found: dict[str, list[tuple]] = {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        found.setdefault(row[header.index(HEADERS["id"])], []).append(row)
    return found


def first_rows(sheet) -> dict[str, int]:
    """The row number of each question's (first) row."""
    found: dict[str, int] = {}
    for (cell,) in sheet.iter_rows(min_row=2, max_col=1):
        found.setdefault(cell.value, cell.row)
    return found


def test_cover_sheet_says_what_the_workbook_holds(sample, checklist, tmp_path):
    export(sample, checklist, tmp_path / "out.xlsx")
    write_json(take_snapshot(sample, checklist), tmp_path / "out.json")
    cover = openpyxl.load_workbook(tmp_path / "out.xlsx")[COVER]
    values = {row[0]: row[1] for row in cover.iter_rows(min_row=2, values_only=True) if row[0]}
    assert values["Country"] == "Testland"
    assert values["Instruments"].splitlines()[0] == "Organized Crime Convention"
    assert values["Program"].startswith("Omnibus ")
    assert checklist.version in values["Checklist"]
    assert " of " in values["Completion"] and "required answers" in values["Completion"]
    assert "Completion: Firearms Protocol" in values
    assert values["Format"] == "omnibus-workbook" and values["Checklist id"] == checklist.id
    # The same digest as the JSON exported alongside: the recipient can tell they match.
    data = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert values["Answers SHA-256"] == answers_digest(data["answers"])


def test_one_sheet_per_instrument_with_a_row_per_question(sample, checklist, tmp_path):
    export(sample, checklist, tmp_path / "out.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx")
    titles = {i.short_title for i in checklist.instruments}
    assert workbook.sheetnames == [COVER, *[i.short_title for i in checklist.instruments], LISTS]
    assert all(len(name) <= 31 for name in workbook.sheetnames)
    assert workbook[LISTS].sheet_state == "hidden"
    for instrument in checklist.instruments:
        sheet = workbook[instrument.short_title]
        assert [c.value for c in sheet[1]] == list(HEADERS.values())
        questions = [q.id for a in instrument.articles for q in a.all_questions]
        assert list(rows_by_id(sheet)) == questions
        assert sheet.freeze_panes == "A2"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert "&P" in sheet.oddFooter.center.text
        assert sheet.column_dimensions["E"].width >= 40
        assert sheet["D2"].alignment.wrap_text
        assert not sheet.sheet_view.rightToLeft
    assert titles <= set(workbook.sheetnames)


def test_choice_answers_get_drop_down_lists(sample, checklist, tmp_path):
    export(sample, checklist, tmp_path / "out.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = workbook["Organized Crime Convention"]
    rows = first_rows(sheet)
    validations = sheet.data_validations.dataValidation
    status = next(v for v in validations if f"E{rows['untoc.5.1a.status']}" in v.sqref)
    assert status.type == "list" and status.showErrorMessage
    lists = workbook[LISTS]
    column = status.formula1.split("$")[1]
    assert [lists[f"{column}{r}"].value for r in range(1, 5)] == ["Yes", "In part", "No", "Not applicable"]
    multi = next(v for v in validations if f"E{rows['untoc.5.1a.challenges']}" in v.sqref)
    assert not multi.showErrorMessage  # several choices are typed one per line
    assert not any(f"E{rows['untoc.5.1a.measures']}" in v.sqref for v in validations)


def test_text_is_never_a_formula_and_long_text_continues_below(sample, checklist, tmp_path):
    warnings = export(sample, checklist, tmp_path / "out.xlsx")
    assert len(warnings) == 1 and "untoc.5.1a.examples" in warnings[0] and "32,767" in warnings[0]
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["Organized Crime Convention"]
    rows = rows_by_id(sheet)
    header = [c.value for c in sheet[1]]
    answer, question, part = (header.index(HEADERS[k]) for k in ("answer", "question", "part"))
    first, second = rows["untoc.5.1a.examples"]
    assert first[answer] + second[answer] == LONG
    assert (first[part], second[part]) == ("1/2", "2/2")
    assert second[question] == "(continued, part 2 of 2)"
    assert rows["untoc.5.1b.challenges_details"][0][answer] == "=SUM(A1:A9)"
    cells = CalamineWorkbook.from_path(str(tmp_path / "out.xlsx")).get_sheet_by_name(COVER).to_python()
    assert any(row[0] == "Note" and "untoc.5.1a.examples" in row[1] for row in cells)


def test_arabic_workbook_reads_right_to_left(tmp_path, checklist):
    with create_assessment(tmp_path / "ar.omnibus", checklist, language="ar", instruments=["untoc"]) as a:
        a.set_answer("untoc.5.1a.measures", "القانون الجنائي، المادة ٢١٠")
        export(a, checklist, tmp_path / "ar.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "ar.xlsx")
    assert workbook.sheetnames == [COVER, "Organized Crime Convention", LISTS]
    assert all(sheet.sheet_view.rightToLeft for sheet in workbook.worksheets)


def test_a_draft_workbook_is_marked(sample, checklist, tmp_path):
    write_xlsx(take_snapshot(sample, checklist), tmp_path / "draft.xlsx", draft=True)
    workbook = openpyxl.load_workbook(tmp_path / "draft.xlsx")
    assert workbook[COVER]["A1"].value == "Self-assessment: Testland (DRAFT: not for submission)"
    assert all(sheet.oddHeader.center.text == "DRAFT" for sheet in workbook.worksheets)


def test_odd_metadata_cannot_break_the_workbook(tmp_path, checklist):
    country = "Trinidad & Tobago\x01 =1+1 <b>" + "x" * 40_000
    with create_assessment(tmp_path / "odd.omnibus", checklist, country=country, instruments=["untoc"]) as a:
        a.set_metadata(focal_point={"name": "=HYPERLINK(\"http://example.org\")", "phone": "+1 555 0100"})
        warnings = export(a, checklist, tmp_path / "odd.xlsx")
    assert any("cut short" in w for w in warnings)
    workbook = openpyxl.load_workbook(tmp_path / "odd.xlsx")
    cover = workbook[COVER]
    assert cover["B3"].data_type == "s" and cover["B3"].value.startswith("Trinidad & Tobago_x0001_ =1+1 <b>xxx")
    assert cover["B3"].value.endswith("[cut here: too long for one cell]")
    assert cover["B5"].value == 'name: =HYPERLINK("http://example.org")\nphone: +1 555 0100'
    assert workbook["Organized Crime Convention"].oddHeader.left.text.startswith("Trinidad && Tobago =1+1")
    calamine = CalamineWorkbook.from_path(str(tmp_path / "odd.xlsx")).get_sheet_by_name(COVER).to_python()
    assert calamine[2][1].startswith("Trinidad & Tobago\x01 =1+1")


def test_sheet_names_fit_excel_rules():
    taken = {"Cover"}
    long_name = "Protocol against the Illicit Manufacturing of and Trafficking in Firearms"
    first, second = sheet_title(long_name, taken), sheet_title(long_name, taken)
    assert len(first) == 31 and len(second) <= 31 and first != second
    assert sheet_title("cover", taken) == "cover (2)"
    assert sheet_title("a/b: c?", taken) == "a b  c"
    assert sheet_title("History", taken) == "History (answers)"


def test_a_colleague_fills_in_the_workbook_and_it_is_imported(sample, checklist, tmp_path):
    path = tmp_path / "out.xlsx"
    export(sample, checklist, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Organized Crime Convention"]
    rows = first_rows(sheet)
    sheet[f"E{rows['untoc.5.1b.status']}"] = "Yes"  # was "partly"
    sheet[f"E{rows['untoc.5.1ai.status']}"] = "in part"
    sheet[f"E{rows['untoc.5.1ai.challenges']}"] = "Competing priorities\nOther"
    sheet[f"G{rows['untoc.5.1ai.challenges']}"] = "Checked with the Ministry of Interior"
    sheet[f"E{rows['untoc.5.3s2.notification_date']}"] = dt.datetime(2021, 4, 30)  # Excel makes dates
    sheet[f"E{rows['untoc.2.serious_crime_threshold']}"] = "4"
    workbook.save(path)
    plan = plan_import(checklist, sample, read_submission(path, checklist))
    assert not plan.rejected
    assert sorted(plan.added) == ["untoc.2.serious_crime_threshold", "untoc.5.1ai.challenges",
                                  "untoc.5.1ai.status", "untoc.5.3s2.notification_date"]
    assert plan.changed == ["untoc.5.1b.status"]
    assert plan.comments == {"untoc.5.1ai.challenges": "Checked with the Ministry of Interior"}
    apply_import(sample, plan, "Ministry of Interior")
    answers = sample.answers()
    assert answers["untoc.5.1ai.challenges"] == ["priorities", "other"]
    assert answers["untoc.5.3s2.notification_date"] == "2021-04-30"
    assert answers["untoc.2.serious_crime_threshold"] == 4
    assert answers["untoc.5.1a.examples"] == LONG  # joined again, unchanged
    revision = sample.revisions("untoc.5.1b.status")[-1]
    assert (revision.source, revision.detail, revision.agency) == ("imported", "out.xlsx", "Ministry of Interior")


def test_bad_cells_are_rejected_with_the_sheet_and_row(sample, checklist, tmp_path):
    path = tmp_path / "out.xlsx"
    export(sample, checklist, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Organized Crime Convention"]
    rows = first_rows(sheet)
    sheet[f"E{rows['untoc.5.1ai.status']}"] = "Perhaps"
    sheet[f"E{rows['untoc.5.1ai.measures']}"] = "=1+1"  # a formula typed in Excel
    sheet.delete_rows(rows["untoc.5.1a.examples"] + 1)  # part 2 of the long answer
    sheet.cell(row=sheet.max_row + 1, column=1, value="untoc.99.1.status")
    sheet.cell(row=sheet.max_row, column=5, value="Yes")
    workbook.save(path)
    plan = plan_import(checklist, sample, read_submission(path, checklist))
    reasons = {r.question_id: str(r) for r in plan.rejected}
    assert "is not one of: Yes, In part" in reasons["untoc.5.1ai.status"]
    assert f"row {rows['untoc.5.1ai.status'] - 1}" in reasons["untoc.5.1ai.status"]  # a row was deleted above
    assert "formula" in reasons["untoc.5.1ai.measures"]
    assert "split over 2 rows" in reasons["untoc.5.1a.examples"]
    assert "unknown question id" in reasons["untoc.99.1.status"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_workbook_and_its_copy_imports_back(sample, checklist, tmp_path):
    export(sample, checklist, tmp_path / "out.xlsx")
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    for target in ("csv", "xlsx"):
        result = subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir",
                                 str(tmp_path / "lo"), str(tmp_path / "out.xlsx")],
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
        assert "error" not in (result.stdout + result.stderr).lower()
    assert "Testland" in (tmp_path / "lo" / "out.csv").read_text("utf-8")
    # Saved again by a spreadsheet program, as a colleague's copy would be: still imports whole.
    with create_assessment(tmp_path / "copy.omnibus", checklist) as copy:
        apply_import(copy, plan_import(checklist, copy, read_submission(tmp_path / "lo" / "out.xlsx", checklist)))
        assert copy.answers() == sample.answers()
        assert copy.answer("untoc.5.1a.status").comment == "@ministry: -check +again"
