"""Country, instruments and language of the submission: the fields that New assessment and
Properties share, built once here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QFormLayout, QLabel, QVBoxLayout, QWidget

from checklist.about import LANGUAGES
from checklist.model import INSTRUMENT_IDS, Checklist
from checklist.resources import resource_dir


def countries() -> list[str]:
    """The UN Member States (resources/countries.txt)."""
    return (resource_dir() / "countries.txt").read_text(encoding="utf-8").splitlines()


class AssessmentFields(QObject):
    def __init__(self, checklist: Checklist, page: QWidget, *, country: str = "",
                 instruments=INSTRUMENT_IDS, language: str = "en", note: str = ""):
        super().__init__(page)
        self.country = QComboBox(page)
        self.country.setEditable(True)
        self.country.addItems(countries())
        self.country.setCurrentText(country)
        if not country:
            self.country.setCurrentIndex(-1)
            self.country.lineEdit().setPlaceholderText(self.tr("Type or choose a Member State"))
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.setAccessibleName(self.tr("Country"))
        self.boxes = QWidget(page)
        layout = QVBoxLayout(self.boxes)
        layout.setContentsMargins(0, 0, 0, 0)
        self.instrument_boxes: dict[str, QCheckBox] = {}
        for instrument_id in INSTRUMENT_IDS:
            instrument = checklist.instrument(instrument_id)
            box = QCheckBox(instrument.short_title, self.boxes)
            box.setToolTip(instrument.title)
            box.setChecked(instrument_id in instruments)
            box.setObjectName(f"instrument_{instrument_id}")
            box.setEnabled(instrument_id != "untoc")  # the Protocols supplement the Convention
            self.instrument_boxes[instrument_id] = box
            layout.addWidget(box)
        if note:
            layout.addWidget(QLabel(note, self.boxes))
        self.language = QComboBox(page)
        for code, name in LANGUAGES.items():
            self.language.addItem(self.tr(name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language of the submission"))

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("Instruments:"), self.boxes)
        form.addRow(self.tr("&Language of the submission:"), self.language)

    def values(self) -> dict:
        return {
            "country": self.country.currentText().strip(),
            "instruments": [i for i, box in self.instrument_boxes.items() if box.isChecked()],
            "language": self.language.currentData(),
        }
