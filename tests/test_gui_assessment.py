"""The assessment as a whole: properties, progress charts, settings kept between runs, and
the crash dialog."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from gui.progress_view import ProgressDialog
from gui.properties_dialog import PropertiesDialog
from storage.assessment import Assessment
from tests.conftest import create_assessment, type_text
from tests.gui_helpers import choose, open_window, stored_row

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, context, assessment_path):
    return open_window(qtbot, context, assessment_path)


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the country completer's popup
def test_properties_are_edited_and_stored(qtbot, window, assessment_path, monkeypatch):
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    dialog = window.findChild(PropertiesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.country.lineEdit().selectAll()
    type_text(dialog.country.lineEdit(), "Côte d'Ivoire")
    dialog.instrument_boxes["som"].setFocus()
    qtbot.keyClick(dialog.instrument_boxes["som"], Qt.Key.Key_Space)  # leave out the migrants
    choose(qtbot, dialog.language, "French")
    dialog.period_from.setFocus()
    dialog.period_from.lineEdit().selectAll()
    qtbot.keyClicks(dialog.period_from, "2020")
    dialog.period_to.lineEdit().selectAll()
    qtbot.keyClicks(dialog.period_to, "2024")
    dialog.tabs.setCurrentIndex(1)
    for key, text in (("name", "Aïcha Koné"), ("title", "Magistrate"), ("institution", "Ministère de la Justice"),
                      ("email", "a.kone@justice.example"), ("phone", "+225 20 00 00 00")):
        type_text(dialog.focal[key], text)
    dialog.tabs.setCurrentIndex(2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Police nationale", True))
    qtbot.mouseClick(dialog.add_agency_button, Qt.MouseButton.LeftButton)
    dialog.add_agency("Douanes")
    dialog.articles.clearSelection()
    for article_id in ("untoc.5", "untoc.6"):
        dialog.article_items[article_id].setSelected(True)
    choose(qtbot, dialog.assign_to, "Police nationale")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    with Assessment.open(assessment_path, read_only=True) as a:
        meta = a.metadata()
    assert meta["country"] == "Côte d'Ivoire" and meta["language"] == "fr"
    assert meta["instruments"] == ["untoc", "tip", "firearms"]
    assert meta["reporting_period"] == {"from": 2020, "to": 2024}
    assert meta["focal_point"] == {"name": "Aïcha Koné", "title": "Magistrate",
                                   "institution": "Ministère de la Justice", "email": "a.kone@justice.example",
                                   "phone": "+225 20 00 00 00"}
    assert meta["agencies"] == ["Police nationale", "Douanes"]
    assert meta["assignments"] == {"untoc.5": "Police nationale", "untoc.6": "Police nationale"}
    # the window follows: title, navigator, filter bar, article heading
    assert window.windowTitle().startswith("Côte d'Ivoire")
    assert "som" not in [n.id for n in window.model.roots]
    choose(qtbot, window.filter_bar.agency, "Police nationale")
    assert window.navigator.visible_article_ids() == ["untoc.5", "untoc.6"]
    assert "Assigned to Police nationale" in window.article_view.widget().findChildren(
        type(window.save_label))[1].text()


def test_properties_refuse_what_is_wrong(qtbot, window):
    dialog = PropertiesDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    type_text(dialog.focal["email"], "not an address")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "e-mail" in dialog.problem.text()
    assert dialog.focal["email"].hasFocus() or dialog.tabs.currentIndex() == 1
    assert "focal_point" not in window.session.assessment.metadata()


def test_progress_charts(qtbot, context, tmp_path, checklist):
    path = tmp_path / "p.omnibus"
    with create_assessment(path, checklist) as a:
        a.set_answers({"untoc.5.1a.status": "no", "untoc.5.1a.steps": "Bill", "untoc.5.1a.challenges": ["capacity"],
                       "untoc.5.1a.assistance_needed": "yes", "untoc.5.1a.assistance_forms": ["drafting"],
                       "untoc.5.1b.status": "partly", "tip.5.1.status": "no"})
    window = open_window(qtbot, context, path)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = window.findChild(ProgressDialog)
    assert dialog is not None and dialog.isVisible()
    charts = dialog.view.charts
    untoc_gaps = charts["gaps"].bars[0]
    assert untoc_gaps.label == "Organized Crime Convention" and untoc_gaps.caption == "1 no, 1 in part"
    assert charts["assistance"].bars[0].label == "Legislative drafting" and charts["assistance"].bars[0].caption == "1"
    assert [b.label for b in charts["clusters"].bars][0].startswith("1. Criminalization")
    assert "Organized Crime Convention: " in charts["instruments"].accessibleDescription()
    image = charts["gaps"].grab().toImage()
    assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 4)}) > 2  # something drawn
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_text_size_and_layout_are_kept_between_runs(qtbot, context, assessment_path):
    window = open_window(qtbot, context, assessment_path)
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert window.font().pointSizeF() == pytest.approx(base * 1.3)
    heading = window.article_view.widget().findChild(type(window.save_label), "articleTitle")
    assert heading.font().pointSizeF() == pytest.approx(base * 1.3 * 1.4)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # the search panel is open when closing
    window.splitter.setSizes([300, 600])
    left = window.splitter.sizes()[0]
    window.close()
    again = open_window(qtbot, context, assessment_path)
    assert again.font().pointSizeF() == pytest.approx(base * 1.3)
    assert again.splitter.sizes()[0] == left
    assert again.search_dock.isVisibleTo(again)
    qtbot.keyClick(again, Qt.Key.Key_0, CTRL)
    assert again.font().pointSizeF() == pytest.approx(base)
    assert context.text_scale() == 100


def test_interface_language_is_remembered(qtbot, window, context, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a))
    window.language_actions["fr"].trigger()
    assert context.interface_language() == "fr" and told
    assert window.language_actions["fr"].isChecked()


def test_arabic_assessment_writes_right_to_left(qtbot, context, tmp_path, checklist):
    path = tmp_path / "ar.omnibus"
    create_assessment(path, checklist, language="ar", country="مصر").close()
    window = open_window(qtbot, context, path)
    assert window.article_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.navigator.layoutDirection() == QApplication.layoutDirection()
    window.article_view.editor("untoc.5.1a.status").buttons["yes"].click()
    box = window.article_view.editor("untoc.5.1a.measures").edit
    type_text(box, "قانون العقوبات")
    line = box.document().firstBlock().layout().lineAt(0)
    assert line.cursorToX(0)[0] > box.viewport().width() / 2  # the text starts at the right


def test_unexpected_error_shows_details_and_keeps_the_answers(qtbot, window, context, assessment_path,
                                                              monkeypatch, tmp_path):
    from gui.crash import CrashDialog, install_excepthook, setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handlers = list(logging.getLogger().handlers)
    log_path = setup_logging(context.data_dir)
    try:
        install_excepthook(context, log_path)
        window.article_view.editor("untoc.5.1a.status").buttons["no"].click()
        type_text(window.article_view.editor("untoc.5.1a.steps").edit, "typed just before the crash")
        assert window.session.has_pending()
        seen = {}

        def inspect_dialog():
            dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible())
            seen["text"] = dialog.details.toPlainText()
            copy = next(b for b in dialog.findChildren(type(window.filter_bar.clear_button))
                        if b.text() == "&Copy details")
            qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
            seen["clipboard"] = QApplication.clipboard().text()
            dialog.reject()

        QTimer.singleShot(0, inspect_dialog)
        try:
            raise RuntimeError("a defect in Omnibus")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        assert "RuntimeError: a defect in Omnibus" in seen["text"] and seen["clipboard"] == seen["text"]
        assert stored_row(assessment_path, "untoc.5.1a.steps")["value"] == '"typed just before the crash"'
        assert "a defect in Omnibus" in log_path.read_text(encoding="utf-8")
        assert str(context.data_dir) in str(log_path)
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_chosen_interface_language_applies_at_start(qapp):
    from PySide6.QtCore import QLocale

    from gui.app import apply_interface_language

    before = qapp.layoutDirection(), QLocale()
    translators = []
    try:
        translators = apply_interface_language(qapp, "ar")
        assert translators  # Qt's own buttons in Arabic
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().language() == QLocale.Language.Arabic
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(before[0])
        QLocale.setDefault(before[1])


def test_omnibus_strings_in_the_chosen_language(qtbot, qapp, context, assessment_path):
    """resources/translations holds the program's own catalogues (French begun)."""
    from PySide6.QtCore import QLocale

    from gui.app import apply_interface_language, open_file

    before = qapp.layoutDirection(), QLocale()
    translators = apply_interface_language(qapp, "fr")
    try:
        assert len(translators) == 2  # Qt's and Omnibus's
        window = open_file(context, assessment_path)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["&Fichier", "&Édition"]
        window.navigator.select_article("untoc.5")
        buttons = window.article_view.editor("untoc.5.1a.status").buttons
        assert buttons["partly"].text() == "En partie"
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(before[0])
        QLocale.setDefault(before[1])
