"""Export, import, print and preview from the window, as a user does them."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.export_dialog import ExportDialog
from gui.import_dialog import ImportDialog
from storage.assessment import Assessment
from tests.conftest import create_assessment
from tests.gui_helpers import choose, open_window, stored_row


def accept_next_dialog(kind, then=None):
    """Answer the next modal dialog of `kind` as the user would (optionally act on it first)."""

    def act():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        if then is not None:
            then(dialog)
        else:
            dialog.accept()

    QTimer.singleShot(0, act)


@pytest.fixture
def window(qtbot, context, assessment_path):
    return open_window(qtbot, context, assessment_path)


def test_export_dialog_lists_missing_answers_and_jumps_to_one(qtbot, window):
    dialog = ExportDialog(window.session, window.current_article, window)
    qtbot.addWidget(dialog)
    assert dialog.missing.count() > 300
    choose(qtbot, dialog.scope, dialog.scope.itemText(dialog.scope.count() - 1))  # the current article
    count = dialog.missing.count()
    assert 0 < count < 30
    window.article_view.editor("untoc.5.1a.status").buttons["yes"].click()
    dialog._check()
    assert dialog.missing.count() != count
    target = dialog.missing.item(0).data(Qt.ItemDataRole.UserRole + 1)
    dialog.go_to_question.connect(lambda qid: window.output._go_to_question(qid))
    dialog.missing.setCurrentRow(0)
    qtbot.keyClick(dialog.missing, Qt.Key.Key_Return)
    assert window.current_article == "untoc.5"
    assert window.article_view.rows[target].isVisible()


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "html", "json"])
def test_export_runs_in_the_background_and_writes_the_file(qtbot, window, tmp_path, monkeypatch, fmt):
    window.article_view.editor("untoc.5.1a.status").buttons["partly"].click()
    out = tmp_path / f"out.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def pick_format(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.export_button.click()

    accept_next_dialog(ExportDialog, pick_format)
    window.output.export()
    qtbot.waitUntil(lambda: out.exists() and not window.output.busy, timeout=20000)
    assert "Exported to" in window.statusBar().currentMessage()
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert {"question": "untoc.5.1a.status", "value": "partly"}.items() <= next(
            a for a in data["answers"] if a["question"] == "untoc.5.1a.status").items()
    if fmt == "pdf" and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Testland" in text and "Criminalization of participation" in text


def test_import_shows_the_summary_then_applies(qtbot, window, tmp_path, checklist, monkeypatch):
    other = tmp_path / "agency.omnibus"
    with create_assessment(other, checklist) as agency:
        agency.set_answers({"untoc.5.1a.status": "no", "untoc.5.1a.steps": "Bill before Parliament — مشروع"})
        agency.set_comment("untoc.5.1a.steps", "From the justice ministry")
    submission = tmp_path / "agency.json"
    from storage.json_submission import write_json
    from storage.submission import take_snapshot

    with Assessment.open(other, read_only=True) as agency:
        write_json(take_snapshot(agency, checklist), submission)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(submission), ""))
    seen = {}

    def review(dialog):
        seen["added"] = dialog.findChildren(type(dialog.verdict), "count")[0].text()
        dialog.agency.setText("Ministry of Justice")
        dialog.import_button.click()

    accept_next_dialog(ImportDialog, review)
    window.output.import_file()
    qtbot.waitUntil(lambda: "Imported" in window.statusBar().currentMessage(), timeout=10000)
    assert seen["added"] == "2"
    assert window.session.answers["untoc.5.1a.steps"] == "Bill before Parliament — مشروع"
    assert window.article_view.editor("untoc.5.1a.status").value() == "no"
    row = stored_row(window.path, "untoc.5.1a.steps")
    assert row["source"] == "imported" and row["agency"] == "Ministry of Justice"
    comment = [r for r in window.session.assessment.revisions("untoc.5.1a.steps") if r.field == "comment"][-1]
    assert (comment.source, comment.detail, comment.agency) == ("imported", "agency.json", "Ministry of Justice")


def test_import_with_rejected_answers_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({
        "format": "omnibus-submission", "format_version": 1,
        "checklist": {"id": window.session.checklist.id, "version": window.session.checklist.version},
        "assessment": {"country": "Testland", "language": "en", "instruments": ["untoc"]},
        "answers": [{"question": "untoc.5.1a.status", "value": "yes"},
                    {"question": "untoc.5.1a.status_typo", "value": "no"}]}), encoding="utf-8")
    before = window.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    seen = {}

    def review(dialog):
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["details"] = dialog.details.toPlainText()
        dialog.reject()

    accept_next_dialog(ImportDialog, review)
    window.output.import_file()
    qtbot.waitUntil(lambda: "Nothing was imported" in window.statusBar().currentMessage(), timeout=10000)
    assert seen["enabled"] is False and "status_typo" in seen["details"]
    assert window.path.read_bytes() == before


def test_a_broken_file_gets_a_plain_message(qtbot, window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    shown = []
    monkeypatch.setattr("gui.messages.show_storage_error", lambda parent, title, error: shown.append(error))
    window.output.import_file()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].path == broken


def test_printed_drafts_carry_the_draft_marking(qtbot, window, tmp_path):
    from checklist.scope import ARTICLE, Scope
    from gui.printing import paint, pdf_printer

    html, header = window.output._document(Scope(ARTICLE, "untoc.5"))
    assert header.draft and header.left == "Testland"
    out = tmp_path / "printed.pdf"
    assert paint(pdf_printer(out), html, header) >= 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "DRAFT" in text and "Article 5" in text


def test_output_actions_are_in_the_file_menu(window):
    texts = [a.text() for a in window.file_menu.actions()]
    for text in ("&Export…", "Import &answers…", "&Print…", "Print Pre&view…"):
        assert text in texts
    assert texts.index("&Export…") < texts.index("&Close")
    assert window.output.action_preview.isEnabled()
