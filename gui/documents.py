"""Opening and creating assessment files from the window, with plain messages on failure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gui import messages
from storage.assessment import Assessment
from storage.errors import ReadOnlyFile, StorageError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def ask_read_only(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, _tr("Open read-only?"),
        _tr("%1 cannot be changed (it is read-only, or you lack permission to write it).\n\n"
            "Open it read-only to read and export it?").replace("%1", path.name))
    return answer == QMessageBox.StandardButton.Yes


def open_assessment(parent: QWidget | None, path: Path) -> Assessment | None:
    """Open `path` for writing, or read-only if the user agrees; None after a message."""
    try:
        return Assessment.open(path)
    except ReadOnlyFile as exc:
        if not path.exists() or not ask_read_only(parent, path):
            return None
        try:
            return Assessment.open(path, read_only=True)
        except StorageError as again:
            messages.show_storage_error(parent, _tr("Cannot open the assessment"), again)
            return None
        finally:
            del exc
    except StorageError as exc:
        messages.show_storage_error(parent, _tr("Cannot open the assessment"), exc)
        return None
