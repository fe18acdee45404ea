"""New assessment from the welcome window: country, instruments, language, file."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.app import show_first_window
from gui.main_window import MainWindow
from gui.new_dialog import NewAssessmentDialog
from storage.assessment import Assessment


def fill_new_dialog(qtbot, folder, country, then):
    def act():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, NewAssessmentDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        then(dialog)

    QTimer.singleShot(0, act)


def test_new_assessment_is_created_and_opened(qtbot, context, tmp_path):
    welcome = show_first_window(context, None)
    qtbot.addWidget(welcome)
    target = tmp_path / "Peru self-assessment.omnibus"
    seen = {}

    def fill(dialog):
        dialog.folder = tmp_path
        dialog.country.lineEdit().setFocus()
        qtbot.keyClicks(dialog.country.lineEdit(), "Peru")
        seen["suggested"] = dialog.file.text()
        qtbot.keyClick(dialog.instrument_boxes["firearms"], Qt.Key.Key_Space)  # not a party
        assert not dialog.instrument_boxes["untoc"].isEnabled()
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.buttons.accepted.emit()

    fill_new_dialog(qtbot, tmp_path, "Peru", fill)
    qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    assert seen["suggested"] == str(target)
    window = next(w for w in context.windows if isinstance(w, MainWindow))
    assert window.path == target
    with Assessment.open(target, read_only=True) as created:
        meta = created.metadata()
    assert (meta["country"], meta["instruments"], meta["language"]) == ("Peru", ["untoc", "tip", "som"], "es")


def test_new_refuses_an_existing_file_and_an_empty_country(qtbot, context, tmp_path):
    existing = tmp_path / "taken.omnibus"
    existing.write_bytes(b"someone else's file")
    dialog = NewAssessmentDialog(context.checklist, None, tmp_path)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert "country" in dialog.problem.text()
    qtbot.keyClicks(dialog.country.lineEdit(), "Chile")
    dialog.file.setText(str(existing))
    dialog._accept()
    assert "already exists" in dialog.problem.text() and dialog.result() == 0
    assert existing.read_bytes() == b"someone else's file"
