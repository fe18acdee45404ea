"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from checklist.about import VERSION  # noqa: E402
from checklist.loader import default_checklist  # noqa: E402
from storage.assessment import Assessment  # noqa: E402

ALL_INSTRUMENTS = ["untoc", "tip", "som", "firearms"]


@pytest.fixture(scope="session")
def checklist():
    return default_checklist()


def create_assessment(path: Path, checklist, instruments=None, language="en", country="Testland"):
    return Assessment.create(path, country=country, instruments=instruments or ALL_INSTRUMENTS,
                             language=language, checklist_id=checklist.id,
                             checklist_version=checklist.version, program_version=VERSION)


@pytest.fixture
def assessment_path(tmp_path, checklist) -> Path:
    path = tmp_path / "test.omnibus"
    create_assessment(path, checklist).close()
    return path


@pytest.fixture
def context(tmp_path, checklist, qapp):
    from PySide6.QtCore import QSettings

    from gui.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(checklist=checklist, settings=settings, data_dir=tmp_path / "data")
    yield ctx
    for window in list(ctx.windows):
        window.close()


def type_text(widget, text: str) -> None:
    """Type any text, as a keyboard or input method delivers it (QTest only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()
