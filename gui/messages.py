"""Plain, translated messages about files: which file, what is wrong, what to do.

The storage layer has no Qt, so its errors carry a kind (their class) and English text for
the command line; here each kind gets its translated wording for the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from storage import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("StorageMessages", text)


def describe(error: errors.StorageError) -> tuple[str, str]:
    """The problem and the advice, in the interface language."""
    if isinstance(error, errors.NewerVersion):
        return (_tr("This assessment was saved by a newer version of Omnibus."),
                _tr("Install the newer version to open it. The file was not changed."))
    if isinstance(error, errors.NotAnAssessment):
        return (_tr("This file is not an Omnibus assessment."),
                _tr("Choose a file ending in .omnibus. The file was not changed."))
    if isinstance(error, errors.CorruptFile):
        return (_tr("This assessment is damaged or cut short and cannot be read safely."),
                _tr("Open a backup copy. The file was not changed."))
    if isinstance(error, errors.ReadOnlyFile):
        return (_tr("This file cannot be written: it is read-only, or you lack permission."),
                _tr("You can open it read-only to view it, or save a copy elsewhere."))
    if isinstance(error, errors.FileInUse):
        return (_tr("This assessment is already open in another Omnibus window or another program."),
                _tr("Close it there, then try again."))
    if isinstance(error, errors.DiskFull):
        return (_tr("The disk is full, so the latest changes could not be saved yet."),
                _tr("Free some space on the disk. Omnibus keeps trying; your earlier answers are safe."))
    if isinstance(error, errors.AlreadyExists):
        return (_tr("A file with this name already exists; it was not changed."),
                _tr("Choose another name."))
    return (_tr("The file could not be read or written."),
            _tr("Check the disk or network drive, then try again.") + "\n\n" + error.problem)


def show_storage_error(parent: QWidget | None, title: str, error: errors.StorageError) -> None:
    problem, advice = describe(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, f"{error.path.name}\n\n{problem}",
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(advice)
    box.setDetailedText(str(error.path))
    box.setObjectName("storageErrorBox")
    box.exec()
