"""New assessment: country, instruments, language of the submission, and where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checklist.about import LANGUAGES
from checklist.model import INSTRUMENT_IDS
from checklist.resources import resource_dir
from storage.assessment import EXTENSION


def countries() -> list[str]:
    return (resource_dir() / "countries.txt").read_text(encoding="utf-8").splitlines()


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
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.addItems(countries())
        self.country.setCurrentIndex(-1)
        self.country.lineEdit().setPlaceholderText(self.tr("Type or choose a Member State"))
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.setAccessibleName(self.tr("Country"))
        self.country.currentTextChanged.connect(self._suggest_name)
        form.addRow(self.tr("&Country:"), self.country)

        boxes = QWidget(self)
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 0, 0)
        self.instrument_boxes: dict[str, QCheckBox] = {}
        for instrument_id in INSTRUMENT_IDS:
            instrument = checklist.instrument(instrument_id)
            box = QCheckBox(instrument.short_title if instrument else instrument_id, boxes)
            box.setToolTip(instrument.title if instrument else "")
            box.setChecked(True)
            box.setObjectName(f"instrument_{instrument_id}")
            if instrument_id == "untoc":
                box.setEnabled(False)  # the Protocols supplement the Convention
            self.instrument_boxes[instrument_id] = box
            boxes_layout.addWidget(box)
        form.addRow(self.tr("Instruments:"), boxes)

        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(self.tr(name), code)
        self.language.setAccessibleName(self.tr("Language of the submission"))
        form.addRow(self.tr("&Language of the submission:"), self.language)

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
            "country": self.country.currentText().strip(),
            "instruments": [i for i, box in self.instrument_boxes.items() if box.isChecked()],
            "language": self.language.currentData(),
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
