"""Search (Ctrl+F): typed, chosen with Enter, shown and highlighted; answers and comments
found through the file's index."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checklist.search import ChecklistText, contains_all, words
from gui.search import run_search
from tests.conftest import ALL_INSTRUMENTS, create_assessment, type_text
from tests.fill import fill
from tests.gui_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, context, assessment_path):
    return open_window(qtbot, context, assessment_path)


def search(qtbot, window, text: str):
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    panel = window.search
    assert window.search_dock.isVisible() and panel.field.hasFocus()
    type_text(panel.field, text)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    return panel


def test_find_a_typed_answer_and_jump_to_it(qtbot, window):
    view = window.article_view
    qtbot.mouseClick(view.editor("untoc.5.1a.status").buttons["no"], Qt.MouseButton.LeftButton)
    type_text(view.editor("untoc.5.1a.steps").edit, "Проект закона о преступности")
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_article == "untoc.6"
    panel = search(qtbot, window, "закона")  # saved a moment ago: still found
    hit = panel.model.rows[0].hit
    assert (hit.question_id, hit.field) == ("untoc.5.1a.steps", "answer")
    assert panel.model.index(0).data().startswith("Answer · ")
    # Enter chose the first result: its question is on screen, highlighted, with the keyboard
    assert window.current_article == "untoc.5"
    row = view.rows["untoc.5.1a.steps"]
    assert row.highlighted and view.editor("untoc.5.1a.steps").edit.hasFocus()
    assert not row.visibleRegion().isEmpty()


def test_find_a_comment(qtbot, window):
    row = window.article_view.rows["untoc.5.1b.status"]
    qtbot.mouseClick(row.comment_button, Qt.MouseButton.LeftButton)
    type_text(row.comment, "Ask the customs service")
    panel = search(qtbot, window, "CUSTOMS service")
    assert [(r.hit.question_id, r.hit.field) for r in panel.model.rows] == [("untoc.5.1b.status", "comment")]


def test_find_checklist_text_and_choose_with_arrow_keys(qtbot, window):
    panel = search(qtbot, window, "laundering of proceeds")
    assert panel.model.rows[0].hit.field == "title"
    assert window.current_article == "untoc.6"
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    second = panel.model.rows[1].hit
    assert window.current_article == second.article_id
    assert "results" in panel.summary.text()


def test_nothing_found_says_so(qtbot, window):
    panel = search(qtbot, window, "zzqqxx")
    assert panel.model.rows == [] and panel.summary.text() == "Nothing found."


def test_results_are_right_on_a_fully_answered_assessment(qtbot, context, tmp_path, checklist):
    path = tmp_path / "full.omnibus"
    with create_assessment(path, checklist) as assessment:
        answers = fill(assessment, checklist, ALL_INSTRUMENTS)
    window = open_window(qtbot, context, path)
    text = ChecklistText(checklist)
    for query in ("Decree 1234", "ministry of interior", "article 7,", "legislation.example/act/77"):
        hits = run_search(window.session, text, query)
        found = {(h.question_id, h.field) for h in hits if h.field in ("answer", "comment")}
        wanted = words(query)
        expected = {(q, "answer") for q, v in answers.items()
                    if checklist.question(q).type in ("text", "links") and contains_all(
                        v if isinstance(v, str) else "\n".join(v), wanted)}
        expected |= {(q, "comment") for n, q in enumerate(answers)
                     if n % 10 == 0 and contains_all(f"Comment {n}: check with the Ministry of Interior", wanted)}
        assert len(hits) < 500 and found == expected, query
        assert found, query
