"""Properties of the assessment: country, instruments, language, reporting period, focal point,
contributing agencies, and which agency answers which article. Stored in the file's metadata."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.assessment_fields import AssessmentFields
from gui.session import Session

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FOCAL_POINT_FIELDS = ("name", "title", "institution", "email", "phone")
FIRST_YEAR, LAST_YEAR = 2000, 2100


class PropertiesDialog(QDialog):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        meta = session.meta
        self.setWindowTitle(self.tr("Properties of the assessment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(meta), self.tr("&General"))
        self.tabs.addTab(self._focal_point_tab(meta.get("focal_point", {})), self.tr("&Focal point"))
        self.tabs.addTab(self._agencies_tab(meta), self.tr("&Agencies"))
        layout.addWidget(self.tabs)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not session.read_only)
        layout.addWidget(self.buttons)
        self.resize(680, 560)

    # -- tabs -------------------------------------------------------------------------------------
    def _general_tab(self, meta: dict) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.fields = AssessmentFields(
            self.session.checklist, page, country=meta.get("country", ""), instruments=self.session.instruments,
            language=meta.get("language", "en"),
            note=self.tr("Answers to an instrument you leave out stay in the file."))
        self.country, self.instrument_boxes = self.fields.country, self.fields.instrument_boxes
        self.language = self.fields.language
        self.fields.add_to(form)
        period = meta.get("reporting_period") or {}
        row = QHBoxLayout()
        self.period_from = self._year(page, period.get("from"), self.tr("Reporting period, first year"))
        self.period_to = self._year(page, period.get("to"), self.tr("Reporting period, last year"))
        row.addWidget(self.period_from)
        row.addWidget(QLabel("–", page))
        row.addWidget(self.period_to)
        row.addStretch(1)
        period_label = QLabel(self.tr("&Reporting period:"), page)
        period_label.setBuddy(self.period_from)
        form.addRow(period_label, row)
        return page

    def _year(self, parent, value, name: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(FIRST_YEAR - 1, LAST_YEAR)
        spin.setSpecialValueText(self.tr("not set"))  # shown at the minimum, which means no year
        spin.setValue(int(value) if value else FIRST_YEAR - 1)
        spin.setAccessibleName(name)
        return spin

    def _focal_point_tab(self, focal: dict) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        labels = {"name": self.tr("&Name:"), "title": self.tr("&Title or position:"),
                  "institution": self.tr("&Institution:"), "email": self.tr("&E-mail:"),
                  "phone": self.tr("&Phone:")}
        self.focal: dict[str, QLineEdit] = {}
        for key in FOCAL_POINT_FIELDS:
            edit = QLineEdit(focal.get(key, ""), page)
            edit.setObjectName(f"focal_{key}")
            edit.setAccessibleName(labels[key].replace("&", "").rstrip(":"))
            form.addRow(labels[key], edit)
            self.focal[key] = edit
        self.focal["phone"].setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9+()\-\s./x]*"), page))
        return page

    def _agencies_tab(self, meta: dict) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        label = QLabel(self.tr("C&ontributing agencies:"), page)
        layout.addWidget(label)
        row = QHBoxLayout()
        self.agencies = QListWidget(page)
        self.agencies.setAccessibleName(self.tr("Contributing agencies"))
        self.agencies.addItems(meta.get("agencies", []))
        label.setBuddy(self.agencies)
        row.addWidget(self.agencies, 1)
        side = QVBoxLayout()
        self.add_agency_button = QPushButton(self.tr("A&dd…"), page)
        self.remove_agency_button = QPushButton(self.tr("Re&move"), page)
        side.addWidget(self.add_agency_button)
        side.addWidget(self.remove_agency_button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row, 1)
        assign_label = QLabel(self.tr("Articles and the agency that &answers them (select several with "
                                      "Shift or Ctrl):"), page)
        assign_label.setWordWrap(True)
        layout.addWidget(assign_label)
        self.articles = QTreeWidget(page)
        self.articles.setHeaderLabels([self.tr("Article"), self.tr("Agency")])
        self.articles.setAccessibleName(self.tr("Articles and their agencies"))
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        assign_label.setBuddy(self.articles)
        assignments = meta.get("assignments", {})
        self.article_items: dict[str, QTreeWidgetItem] = {}
        for instrument in self.session.checklist.instruments:
            top = QTreeWidgetItem(self.articles, [instrument.short_title])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for article in instrument.articles:
                if article.informational:
                    continue
                item = QTreeWidgetItem(top, [f"{article.number}. {article.title}", assignments.get(article.id, "")])
                item.setData(0, Qt.ItemDataRole.UserRole, article.id)
                self.article_items[article.id] = item
        self.articles.expandAll()
        self.articles.header().setStretchLastSection(False)
        self.articles.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.articles.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.articles, 2)
        assign_row = QHBoxLayout()
        self.assign_to = QComboBox(page)
        self.assign_to.setAccessibleName(self.tr("Agency to assign"))
        self.assign_button = QPushButton(self.tr("Assi&gn to selected articles"), page)
        self.unassign_button = QPushButton(self.tr("&Unassign"), page)
        assign_row.addWidget(self.assign_to, 1)
        assign_row.addWidget(self.assign_button)
        assign_row.addWidget(self.unassign_button)
        layout.addLayout(assign_row)
        self.add_agency_button.clicked.connect(self._add_agency)
        self.remove_agency_button.clicked.connect(self._remove_agency)
        self.assign_button.clicked.connect(lambda: self._assign(self.assign_to.currentText()))
        self.unassign_button.clicked.connect(lambda: self._assign(""))
        self._agencies_changed()
        return page

    # -- agencies -------------------------------------------------------------------------------
    def agency_names(self) -> list[str]:
        return [self.agencies.item(i).text() for i in range(self.agencies.count())]

    def add_agency(self, name: str) -> None:
        name = " ".join(name.split())
        if name and name not in self.agency_names():
            self.agencies.addItem(name)
            self._agencies_changed()
            self.assign_to.setCurrentText(name)

    def _add_agency(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add an agency"), self.tr("Name of the agency:"))
        if ok:
            self.add_agency(name)

    def _remove_agency(self) -> None:
        item = self.agencies.currentItem()
        if item is None:
            return
        name = item.text()
        self.agencies.takeItem(self.agencies.row(item))
        for article_item in self.article_items.values():
            if article_item.text(1) == name:
                article_item.setText(1, "")  # its articles are no longer assigned
        self._agencies_changed()

    def _agencies_changed(self) -> None:
        self.assign_to.clear()
        self.assign_to.addItems(self.agency_names())
        has = bool(self.agency_names())
        self.assign_button.setEnabled(has)
        self.remove_agency_button.setEnabled(has)

    def _assign(self, agency: str) -> None:
        for item in self.articles.selectedItems():
            if item.data(0, Qt.ItemDataRole.UserRole):
                item.setText(1, agency)

    # -- result ---------------------------------------------------------------------------------
    def values(self) -> dict:
        def year(spin: QSpinBox):
            return spin.value() if spin.value() >= FIRST_YEAR else None

        return {
            **self.fields.values(),
            "reporting_period": {"from": year(self.period_from), "to": year(self.period_to)},
            "focal_point": {key: edit.text().strip() for key, edit in self.focal.items()},
            "agencies": self.agency_names(),
            "assignments": {article_id: item.text(1) for article_id, item in self.article_items.items()
                            if item.text(1)},
        }

    def _accept(self) -> None:
        values = self.values()
        problem = ""
        period = values["reporting_period"]
        if not values["country"]:
            problem, tab, widget = self.tr("Choose the country."), 0, self.country
        elif period["from"] and period["to"] and period["from"] > period["to"]:
            problem, tab, widget = self.tr("The reporting period ends before it begins."), 0, self.period_to
        elif values["focal_point"]["email"] and not EMAIL.match(values["focal_point"]["email"]):
            problem, tab, widget = (self.tr("The e-mail address of the focal point is not complete."), 1,
                                    self.focal["email"])
        if problem:
            self.problem.setText(problem)
            self.tabs.setCurrentIndex(tab)
            widget.setFocus()
            return
        self.session.set_metadata(**values)
        self.accept()
