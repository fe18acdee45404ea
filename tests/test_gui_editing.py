"""Undo and redo, comments, follow-up flags, history and copying from linked provisions,
driven with keys and clicks and checked on screen and in the file."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.history_dialog import HistoryDialog
from storage.assessment import Assessment
from tests.conftest import create_assessment, type_text
from tests.gui_helpers import open_window, revisions, stored_row, tick

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, context, assessment_path):
    return open_window(qtbot, context, assessment_path)


def undo(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL_SHIFT)


def test_typing_is_one_undo_step_per_question_across_questions(qtbot, window, assessment_path):
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["partly"], Qt.MouseButton.LeftButton)
    steps = view.editor("untoc.5.1a.steps").edit
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton)
    type_text(steps, "Draft law: مشروع قانون")
    tick(qtbot, view.editor("untoc.5.1a.challenges").boxes["capacity"])
    assert window.editing.stack.count() == 3
    steps.setFocus()
    undo(qtbot, window)  # the tick, though the focus is in the text box
    assert view.editor("untoc.5.1a.challenges").value() is None
    assert steps.toPlainText() == "Draft law: مشروع قانون"
    undo(qtbot, window)  # the whole burst of typing
    assert steps.toPlainText() == ""
    undo(qtbot, window)
    assert view.editor("untoc.5.1a.status").value() is None
    assert not view.rows["untoc.5.1a.steps"].isVisible()
    redo(qtbot, window)
    redo(qtbot, window)
    assert steps.toPlainText() == "Draft law: مشروع قانون"
    window.save_now()
    assert stored_row(assessment_path, "untoc.5.1a.steps")["value"] == '"Draft law: مشروع قانون"'
    assert [(s, d) for f, v, s, d in revisions(assessment_path, "untoc.5.1a.steps")][-1] == ("undo", "redo")


def test_undo_goes_back_to_another_article(qtbot, window):
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["no"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_article == "untoc.6"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.current_article == "untoc.5"
    assert view.rows["untoc.5.1a.status"].highlighted
    assert window.session.answers["untoc.5.1a.status"] is None


def test_comment_and_flag_are_saved_and_undoable(qtbot, window, assessment_path):
    row = window.article_view.rows["untoc.5.1a.status"]
    assert not row.comment.isVisible()
    qtbot.mouseClick(row.comment_button, Qt.MouseButton.LeftButton)
    assert row.comment.isVisible() and row.comment.hasFocus()
    type_text(row.comment, "Ask the Procureur général — 检察院")
    qtbot.mouseClick(row.flag_button, Qt.MouseButton.LeftButton)
    window.save_now()
    stored = stored_row(assessment_path, "untoc.5.1a.status")
    assert stored["comment"] == "Ask the Procureur général — 检察院" and stored["flagged"] == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert not row.flag_button.isChecked()
    window.save_now()
    assert stored_row(assessment_path, "untoc.5.1a.status")["flagged"] == 0
    window.navigator.select_article("untoc.6")
    window.navigator.select_article("untoc.5")
    row = window.article_view.rows["untoc.5.1a.status"]
    assert row.comment.isVisible() and row.comment.toPlainText() == "Ask the Procureur général — 检察院"


def test_comment_and_flag_by_keyboard(qtbot, window):
    view = window.article_view
    view.editor("untoc.5.1b.status").buttons["yes"].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    assert "untoc.5.1b.status" in window.session.flagged
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    comment = view.rows["untoc.5.1b.status"].comment
    assert comment.isVisible() and comment.hasFocus()


def test_history_lists_revisions_and_restores_one(qtbot, context, tmp_path, checklist):
    path = tmp_path / "h.omnibus"
    with create_assessment(path, checklist) as a:
        a.set_answer("untoc.5.1a.status", "yes")
        a.set_answer("untoc.5.1a.measures", "First text")
        a.set_answer("untoc.5.1a.measures", "Imported text", source="imported", detail="police.xlsx")
    window = open_window(qtbot, context, path)
    view = window.article_view
    edit = view.editor("untoc.5.1a.measures").edit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "Typed text")
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL_SHIFT)
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert [r[2] for r in rows] == ["Typed text", "Imported text", "First text"]
    assert [r[3] for r in rows] == ["typed", "imported from police.xlsx", "typed"]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the first version
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert edit.toPlainText() == "First text"
    window.save_now()
    with Assessment.open(path, read_only=True) as a:
        latest = a.revisions("untoc.5.1a.measures")[-1]
    assert (latest.value, latest.source) == ("First text", "restored")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # a restore can be undone
    assert edit.toPlainText() == "Typed text"


def test_copy_answers_from_a_linked_provision(qtbot, window, assessment_path, monkeypatch):
    window.navigator.select_article("firearms.5")
    view = window.article_view
    qtbot.mouseClick(view.editor("firearms.5.2b.status").buttons["no"], Qt.MouseButton.LeftButton)
    type_text(view.editor("firearms.5.2b.steps").edit, "Firearms bill 2025")
    window.navigator.select_article("untoc.5")
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1b.status").buttons["partly"], Qt.MouseButton.LeftButton)
    button = view.copy_buttons[("firearms.5.2b", "untoc.5.1b")]
    assert "Firearms Protocol 5(2)(b)" in button.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked  # "partly" would be replaced by "no"
    assert view.editor("untoc.5.1b.status").value() == "no"
    assert view.editor("untoc.5.1b.steps").edit.toPlainText() == "Firearms bill 2025"
    window.save_now()
    assert stored_row(assessment_path, "untoc.5.1b.steps")["value"] == json.dumps("Firearms bill 2025")
    assert revisions(assessment_path, "untoc.5.1b.steps")[-1][2:] == ("copied", "firearms.5.2b")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the whole copy is one step
    assert view.editor("untoc.5.1b.status").value() == "partly"
    assert view.editor("untoc.5.1b.steps").edit.toPlainText() == ""


def test_read_only_file_pushes_nothing(qtbot, context, assessment_path, monkeypatch):
    import os

    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, context, assessment_path)
    assert not window.article_view.rows["untoc.5.1a.status"].flag_button.isEnabled()
    window.article_view.editor("untoc.5.1a.status").buttons["yes"].click()  # disabled: nothing happens
    assert window.editing.stack.count() == 0 and not window.session.has_pending()
