"""The filter bar above the navigator: cluster, level of obligation, state and agency."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton, QWidget

from checklist import filters
from checklist.filters import Filter
from checklist.model import OBLIGATIONS, Checklist
from gui.article_view import obligation_label


class FilterBar(QWidget):
    changed = Signal(object)  # the new Filter

    def __init__(self, checklist: Checklist, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filter the articles"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QFormLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cluster = self._combo(layout, self.tr("Cl&uster:"), self.tr("Review cluster"))
        for cluster in checklist.clusters:
            self.cluster.addItem(f"{cluster.number}. {cluster.title}", cluster.number)
        self.obligation = self._combo(layout, self.tr("O&bligation:"), self.tr("Level of obligation"))
        for level in OBLIGATIONS:
            self.obligation.addItem(obligation_label(self, level), level)
        self.state = self._combo(layout, self.tr("S&tate:"), self.tr("State of the answers"))
        for state, label in ((filters.UNANSWERED, self.tr("Required answers missing")),
                             (filters.NO_OR_PARTLY, self.tr("Answered “No” or “In part”")),
                             (filters.FLAGGED, self.tr("Flagged for follow-up")),
                             (filters.COMMENTED, self.tr("With comments"))):
            self.state.addItem(label, state)
        self.agency = self._combo(layout, self.tr("A&gency:"), self.tr("Agency assigned"))
        self.clear_button = QPushButton(self.tr("Show &all"), self)
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)
        layout.addRow(self.clear_button)
        self.setFocusProxy(self.cluster)
        self.set_agencies([])

    def _combo(self, layout: QFormLayout, label: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        # Long cluster titles must not widen the navigator; the open list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("All"), None)
        combo.currentIndexChanged.connect(self._changed)
        layout.addRow(label, combo)
        return combo

    def set_agencies(self, agencies: list[str]) -> None:
        current = self.agency.currentData()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("All"), None)
        self.agency.addItem(self.tr("Not assigned"), filters.UNASSIGNED)
        for agency in agencies:
            self.agency.addItem(agency, agency)
        found = self.agency.findData(current) if current is not None else 0
        self.agency.setCurrentIndex(max(found, 0))
        self.agency.blockSignals(False)
        if found < 0:
            self._changed()  # the chosen agency is gone

    def value(self) -> Filter:
        return Filter(cluster=self.cluster.currentData(), obligation=self.obligation.currentData(),
                      state=self.state.currentData(), agency=self.agency.currentData())

    def clear(self) -> None:
        for combo in (self.cluster, self.obligation, self.state, self.agency):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._changed()

    def _changed(self, *_args) -> None:
        value = self.value()
        self.clear_button.setEnabled(value.active)
        self.changed.emit(value)
