"""Everything with the keyboard alone: F3, Tab through the editors in reading order, menu
accelerators, and names for icon-only buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu

from checklist import progress
from tests.gui_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, context, assessment_path):
    return open_window(qtbot, context, assessment_path)


def question_of(widget):
    from gui.article_view import QuestionRow

    while widget is not None and not isinstance(widget, QuestionRow):
        widget = widget.parentWidget()
    return widget.question.id if widget else None


def test_f3_goes_to_the_next_unanswered_required_question(qtbot, window, checklist):
    view = window.article_view
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert QApplication.focusWidget() is not None
    assert question_of(QApplication.focusWidget()) == "untoc.5.1a.status"
    assert view.rows["untoc.5.1a.status"].highlighted
    second = progress.next_unanswered(checklist, window.session.instruments, {}, "untoc.5.1a.status")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    assert question_of(QApplication.focusWidget()) == second == "untoc.5.1ai.status"
    # answering with the keyboard: Space picks the focused choice
    view.editor(second).buttons["na"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.session.answers[second] == "na"
    expected = progress.next_unanswered(checklist, window.session.instruments, window.session.answers, second)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    assert question_of(QApplication.focusWidget()) == expected


def test_f3_crosses_articles_and_says_when_all_is_answered(qtbot, context, tmp_path, checklist):
    from tests.conftest import create_assessment
    from tests.fill import full_answers

    path = tmp_path / "nearly.omnibus"
    answers = full_answers(checklist, ["untoc"])
    missing = "untoc.20.1.status"
    answers[missing] = None
    with create_assessment(path, checklist, ["untoc"]) as a:
        a.set_answers(answers)
    window = open_window(qtbot, context, path)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_article == "untoc.20"
    assert question_of(QApplication.focusWidget()) == missing
    window.article_view.editor(missing).buttons["yes"].click()
    window.session.set_value("untoc.20.1.measures", "Law 5")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    if progress.next_unanswered(checklist, ["untoc"], window.session.answers) is None:
        assert "Every required question is answered" in window.statusBar().currentMessage()


def test_tab_reaches_every_editor_in_reading_order(qtbot, window):
    view = window.article_view
    view.editor("untoc.5.1a.status").buttons["partly"].click()  # shows the dependent questions
    shown = [q for q, row in view.rows.items() if row.isVisibleTo(view)]
    first = view.editor(shown[0])
    first.buttons["partly"].setFocus()
    reached = []
    for _ in range(400):
        question = question_of(QApplication.focusWidget())
        if question and (not reached or reached[-1] != question):
            reached.append(question)
        if question == shown[-1]:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert reached == shown


def test_menus_have_distinct_accelerators(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert all("&" in t for t in titles)
    assert len({t[t.index("&") + 1].lower() for t in titles}) == len(titles)
    for menu in window.menuBar().findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        if not texts or menu in (window.recent_menu, window.language_menu):
            continue  # file paths, and language names in their own scripts
        assert all("&" in t for t in texts), texts
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert len(set(keys)) == len(keys), texts


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: no keyboard to grab
def test_menu_opens_with_alt_and_its_letter(qtbot, window):
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit_menu.isVisible, timeout=2000)
    qtbot.keyClick(edit_menu, Qt.Key.Key_F)  # &Find…
    qtbot.waitUntil(lambda: window.search.field.hasFocus(), timeout=2000)


def test_icon_only_buttons_have_accessible_names(window):
    window.navigator.select_article("untoc.12")  # a table, dates and links
    buttons = window.findChildren(QAbstractButton)
    assert buttons
    for button in buttons:
        if not button.text().strip():
            assert button.accessibleName().strip(), button.objectName() or button.toolTip()


def test_focus_keys_move_between_the_panes(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.navigator.hasFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert question_of(QApplication.focusWidget()) is not None
