"""The main window driven as a user drives it: clicks and keys into the real widgets."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from gui.app import open_file, show_first_window
from gui.main_window import MainWindow
from storage.assessment import Assessment
from tests.conftest import type_text


def stored(path, question_id):
    """What a separate SQLite connection finds in the file right now."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM answers WHERE question_id = ?", [question_id]).fetchone()
    finally:
        conn.close()
    return row and row[0]


@pytest.fixture
def window(qtbot, context, assessment_path):
    window = open_file(context, assessment_path)
    qtbot.addWidget(window)
    window.navigator.select_article("untoc.5")
    return window


def test_typed_text_is_on_disk_within_a_second(qtbot, window, assessment_path):
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["partly"], Qt.MouseButton.LeftButton)
    editor = view.editor("untoc.5.1a.steps")
    assert editor.isVisible()
    type_text(editor.edit, "Draft bill: مشروع قانون")
    assert window.save_label.text() == "Saving…"
    qtbot.waitUntil(lambda: stored(assessment_path, "untoc.5.1a.steps") is not None, timeout=1000)
    assert stored(assessment_path, "untoc.5.1a.steps") == '"Draft bill: مشروع قانون"'
    assert stored(assessment_path, "untoc.5.1a.status") == '"partly"'
    qtbot.waitUntil(lambda: window.save_label.text() == "All changes saved", timeout=1000)


def test_choosing_no_shows_the_dependent_questions(qtbot, window):
    view = window.article_view
    steps = view.rows["untoc.5.1a.steps"]
    measures = view.rows["untoc.5.1a.measures"]
    assert not steps.isVisible() and not measures.isVisible()
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["no"], Qt.MouseButton.LeftButton)
    assert steps.isVisible() and view.rows["untoc.5.1a.challenges"].isVisible()
    assert not measures.isVisible()
    qtbot.mouseClick(view.editor("untoc.5.1a.assistance_needed").buttons["yes"], Qt.MouseButton.LeftButton)
    assert view.rows["untoc.5.1a.assistance_forms"].isVisible()


def test_hidden_answers_are_kept(qtbot, window, assessment_path):
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.editor("untoc.5.1a.measures").edit, "Penal Code s. 210")
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["no"], Qt.MouseButton.LeftButton)
    assert not view.rows["untoc.5.1a.measures"].isVisible()
    window.save_now()
    assert stored(assessment_path, "untoc.5.1a.measures") == '"Penal Code s. 210"'


def test_switching_article_and_back_keeps_answers(qtbot, window, assessment_path):
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.editor("untoc.5.1a.measures").edit, "Section 210")
    window.navigator.select_article("untoc.6")
    # leaving the article saved at once, without waiting for the timer
    assert stored(assessment_path, "untoc.5.1a.measures") == '"Section 210"'
    assert "untoc.6.1ai.status" in view.rows
    window.navigator.select_article("untoc.5")
    assert view.editor("untoc.5.1a.status").value() == "yes"
    assert view.editor("untoc.5.1a.measures").edit.toPlainText() == "Section 210"


def test_every_editor_type_round_trips(qtbot, window, assessment_path, checklist):
    window.navigator.select_article("untoc.12")
    view = window.article_view
    table_id = next(q for q in view.rows if checklist.question(q).type == "table")
    table = view.editor(table_id)
    qtbot.mouseClick(view.editor(table_id.rsplit(".", 1)[0] + ".status").buttons["yes"],
                     Qt.MouseButton.LeftButton)
    assert table.isVisible()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # opens the first cell for typing
    cell_editor = table.table.findChild(QLineEdit)
    qtbot.keyClicks(cell_editor, "2024")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.value() is not None, timeout=1000)
    assert table.value() == [{table.question.columns[0].id: 2024}]
    window.navigator.select_article("untoc.5")
    view = window.article_view
    date = view.editor("untoc.5.3s2.notification_date")
    qtbot.mouseClick(view.editor("untoc.5.3s2.notified").buttons["yes"], Qt.MouseButton.LeftButton)
    assert date.isVisible()
    qtbot.keyClicks(date.edit, "2021-02-29")  # no such day: not saved, and said so
    assert date.value() is None and date.problem.text()
    date.edit.clear()
    qtbot.keyClicks(date.edit, "2020-02-29")
    window.save_now()
    with Assessment.open(assessment_path, read_only=True) as a:
        answers = a.answers()
    assert answers[table_id] == [{table.question.columns[0].id: 2024}]
    assert answers["untoc.5.3s2.notification_date"] == "2020-02-29"


def test_navigator_marks_follow_the_answers(qtbot, window, checklist):
    from gui.navigator import STATE_ROLE

    index = window.model.index_of("untoc.5")
    assert index.data(STATE_ROLE) == "not_started"
    qtbot.mouseClick(window.article_view.editor("untoc.5.1a.status").buttons["na"], Qt.MouseButton.LeftButton)
    assert index.data(STATE_ROLE) == "in_progress"


def test_title_shows_country_and_file(window, assessment_path):
    assert window.windowTitle().startswith("Testland – test.omnibus")


def test_ctrl_s_flushes_and_says_so(qtbot, window, assessment_path):
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["yes"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(assessment_path, "untoc.5.1a.status") == '"yes"'
    assert "saved" in window.statusBar().currentMessage()


def test_closing_the_window_saves(qtbot, context, assessment_path):
    window = open_file(context, assessment_path)
    window.navigator.select_article("untoc.5")
    window.article_view.editor("untoc.5.1a.status").buttons["no"].click()
    window.close()
    assert stored(assessment_path, "untoc.5.1a.status") == '"no"'
    assert window not in context.windows


def test_opening_the_same_file_twice_raises_the_first_window(qtbot, window, context, assessment_path):
    assert open_file(context, assessment_path) is window


def test_read_only_file_opens_with_a_banner(qtbot, context, assessment_path, monkeypatch):
    import os

    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_file(context, assessment_path)
    qtbot.addWidget(window)
    assert window.session.read_only
    assert window.banner is not None and window.banner.isVisible()
    assert "read-only" in window.windowTitle()
    window.navigator.select_article("untoc.5")
    assert not window.article_view.editor("untoc.5.1a.status").isEnabled()


@pytest.mark.parametrize("content", [b"", b"hello" * 50])
def test_bad_file_gets_a_plain_message(qtbot, context, tmp_path, monkeypatch, content):
    shown = []
    monkeypatch.setattr("gui.messages.show_storage_error",
                        lambda parent, title, error: shown.append(error))
    path = tmp_path / "bad.omnibus"
    path.write_bytes(content)
    assert open_file(context, path) is None
    assert len(shown) == 1 and shown[0].path == path
    assert path.read_bytes() == content


def test_message_text_names_file_and_problem(qtbot, tmp_path):
    from gui.messages import describe
    from storage.errors import NewerVersion

    problem, advice = describe(NewerVersion(tmp_path / "x.omnibus", "newer"))
    assert "newer version" in problem and "not changed" in advice


def test_welcome_window_when_no_file(qtbot, context):
    from gui.welcome import WelcomeWindow

    window = show_first_window(context, None)
    qtbot.addWidget(window)
    assert isinstance(window, WelcomeWindow)
    assert window.empty_note.isVisible()


def test_sample_opens_from_the_welcome_window(qtbot, context):
    window = show_first_window(context, None)
    qtbot.mouseClick(window.sample_button, Qt.MouseButton.LeftButton)
    main = next(w for w in context.windows if isinstance(w, MainWindow))
    assert main.session.meta["country"] == "Sample Republic"
    assert main.session.answers["untoc.5.1a.status"] == "yes"
    assert context.recent_files()[0] == main.path


def test_next_and_previous_article_keys(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article == "untoc.6"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article == "untoc.5"
