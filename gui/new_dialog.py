"""New assessment: country, instruments, language of the submission, and where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from gui.assessment_fields import AssessmentFields
from storage.assessment import EXTENSION


def safe_file_name(text: str) -> str:
    cleaned = "".join(c for c in text if c not in '<>:"/\\|?*' and ord(c) >= 32).strip(" .")
    return cleaned or "Assessment"


class NewAssessmentDialog(QDialog):
    def __init__(self, checklist, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.folder = folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = AssessmentFields(checklist, self)
        self.country, self.instrument_boxes = self.fields.country, self.fields.instrument_boxes
        self.language = self.fields.language
        self.country.currentTextChanged.connect(self._suggest_name)
        self.fields.add_to(form)

        file_row = QHBoxLayout()
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("Save as:"), file_row)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def _suggest_name(self, country: str) -> None:
        if not self.file.isModified():
            name = safe_file_name(self.tr("%1 self-assessment").replace("%1", country.strip()))
            self.file.setText(str(self.folder / f"{name}{EXTENSION}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new assessment as"), self.file.text() or str(self.folder),
            self.tr("Omnibus assessments (*.omnibus)"))
        if path:
            if not path.endswith(EXTENSION):
                path += EXTENSION
            self.file.setText(path)
            self.file.setModified(True)

    def values(self) -> dict:
        return {
            **self.fields.values(),
            "path": Path(self.file.text().strip()),
        }

    def _accept(self) -> None:
        values = self.values()
        if not values["country"]:
            self.problem.setText(self.tr("Choose the country."))
            return
        if not self.file.text().strip():
            self.problem.setText(self.tr("Choose where to save the file."))
            return
        if values["path"].exists():
            self.problem.setText(self.tr("A file with this name already exists. Choose another name."))
            return
        self.accept()
