"""One editor widget per question type. Each has value(), set_value() and an `edited` signal.

Editors only show and collect values; saving and visibility belong to the article view.
set_value() never emits `edited`, so loading an answer is never mistaken for typing.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QFontMetrics, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from checklist.model import Question

URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)


class Editor(QWidget):
    edited = Signal()

    def __init__(self, question: Question, parent=None):
        super().__init__(parent)
        self.question = question
        self._loading = False

    def value(self):
        raise NotImplementedError

    def set_value(self, value) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value) -> None:
        raise NotImplementedError

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ChoiceEditor(Editor):
    """Status and single choice: radio buttons, and a small button to clear the choice."""

    def __init__(self, question: Question, parent=None):
        super().__init__(question, parent)
        labels = {"yes": self.tr("Yes"), "partly": self.tr("In part"), "no": self.tr("No"),
                  "na": self.tr("Not applicable")}
        horizontal = question.type == "status" or len(question.options) <= 3
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for option in question.options:
            text = labels[option.id] if question.type == "status" else option.label
            button = QRadioButton(text, self)
            button.setObjectName(f"option_{option.id}")
            self.group.addButton(button)
            self.buttons[option.id] = button
            layout.addWidget(button)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the answer"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self._clear)
        layout.addWidget(self.clear_button)
        if horizontal:
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button, checked: bool) -> None:
        if checked:
            self._changed()

    def _clear(self) -> None:
        if self.value() is not None:
            self._show(None)
            self._changed()

    def value(self):
        return next((oid for oid, b in self.buttons.items() if b.isChecked()), None)

    def _show(self, value) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot show "no answer"
        for option_id, button in self.buttons.items():
            button.setChecked(option_id == value)
        self.group.setExclusive(True)


class MultiEditor(Editor):
    def __init__(self, question: Question, parent=None):
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for option in question.options:
            box = QCheckBox(option.label, self)
            box.setObjectName(f"option_{option.id}")
            box.toggled.connect(self._changed)
            self.boxes[option.id] = box
            layout.addWidget(box)

    def value(self):
        chosen = [oid for oid, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def _show(self, value) -> None:
        chosen = set(value or [])
        for option_id, box in self.boxes.items():
            box.setChecked(option_id in chosen)


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box that grows with its content (three to twenty lines)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves to the next editor, as in a form
        self._align()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _align(self) -> None:
        # A plain-text box aligns left whatever the script; in a right-to-left submission the
        # answers are written from the right.
        option = self.document().defaultTextOption()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _fit(self, *_args) -> None:
        line = QFontMetrics(self.font()).lineSpacing()
        lines = max(3, min(20, int(self.document().size().height()) + 1))
        margins = self.contentsMargins()
        self.setFixedHeight(lines * line + int(self.document().documentMargin() * 2)
                            + margins.top() + margins.bottom() + 4)


class TextEditor(Editor):
    def __init__(self, question: Question, parent=None):
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = GrowingTextEdit(self)
        self.edit.setAccessibleName(question.prompt)
        self.edit.textChanged.connect(self._changed)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self):
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _show(self, value) -> None:
        if self.edit.toPlainText() != (value or ""):
            self.edit.setPlainText(value or "")

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class NumberEditor(Editor):
    def __init__(self, question: Question, parent=None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(question.prompt)
        validator = QDoubleValidator(self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        if question.minimum is not None:
            validator.setBottom(question.minimum)
        if question.maximum is not None:
            validator.setTop(question.maximum)
        self.edit.setValidator(validator)
        self.edit.setMaximumWidth(160)
        self.edit.textEdited.connect(self._changed)
        layout.addWidget(self.edit)
        if question.unit:
            layout.addWidget(QLabel(question.unit, self))
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self):
        text = self.edit.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text)
        if not ok:
            return None
        if self.question.minimum is not None and number < self.question.minimum:
            return None
        if self.question.maximum is not None and number > self.question.maximum:
            return None
        return int(number) if number.is_integer() and abs(number) < 2**53 else number

    def _show(self, value) -> None:
        self.edit.setText("" if value is None else QLocale().toString(float(value), "g", 15))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class DateEditor(Editor):
    """A date typed as YYYY-MM-DD or picked from a calendar; empty means no date.

    Only an empty box or a complete, real date counts as an edit, so a half-typed date never
    replaces the stored one.
    """

    def __init__(self, question: Question, parent=None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(question.prompt)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"),
                                                           self))
        self.edit.setMaximumWidth(140)
        self.edit.textEdited.connect(self._typed)
        layout.addWidget(self.edit)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setAccessibleName(self.tr("Choose the date from a calendar"))
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar.clicked.connect(self._pick)
        self.calendar.clicked.connect(menu.hide)
        self.calendar_button.setMenu(menu)
        layout.addWidget(self.calendar_button)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def _parse(self) -> QDate | None:
        return QDate.fromString(self.edit.text().strip(), "yyyy-MM-dd")

    def _typed(self, _text: str) -> None:
        text = self.edit.text().strip()
        complete = len(text) == 10
        valid = complete and self._parse().isValid()
        self.problem.setText(self.tr("not a real date") if complete and not valid else "")
        if not text or valid:
            self._changed()

    def _pick(self, date: QDate) -> None:
        self.edit.setText(date.toString("yyyy-MM-dd"))
        self.problem.setText("")
        self._changed()

    def value(self):
        date = self._parse()
        return date.toString("yyyy-MM-dd") if date.isValid() else None

    def _show(self, value) -> None:
        self.edit.setText(value or "")
        self.problem.setText("")
        if value:
            self.calendar.setSelectedDate(QDate.fromString(value, "yyyy-MM-dd"))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)


class LinksEditor(Editor):
    """One link or citation per line; web addresses are shown as clickable links below."""

    def __init__(self, question: Question, parent=None):
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = GrowingTextEdit(self)
        self.edit.setAccessibleName(question.prompt)
        self.edit.setPlaceholderText(self.tr("One web address or citation per line"))
        self.edit.textChanged.connect(self._update_links)
        self.edit.textChanged.connect(self._changed)
        self.links = QLabel(self)
        self.links.setOpenExternalLinks(True)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.setWordWrap(True)
        layout.addWidget(self.edit)
        layout.addWidget(self.links)
        self.setFocusProxy(self.edit)
        self._update_links()

    def _update_links(self) -> None:
        items = []
        for line in self.value() or []:
            if URL.match(line):
                target = line if "://" in line else f"https://{line}"
                items.append(f'<a href="{html.escape(target, quote=True)}">{html.escape(line)}</a>')
        self.links.setText("<br>".join(items))
        self.links.setVisible(bool(items))

    def value(self):
        lines = [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]
        return lines or None

    def _show(self, value) -> None:
        text = "\n".join(value or [])
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class TableEditor(Editor):
    """Rows of values (for example statistics per year), added and removed with buttons."""

    def __init__(self, question: Question, parent=None):
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(question.columns), self)
        self.table.setAccessibleName(question.prompt)
        self.table.setHorizontalHeaderLabels([c.label for c in question.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self._changed)
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:  # Qt's own unlabelled button at the top left
            corner.setAccessibleName(self.tr("Select every row"))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._fit()

    def _fit(self) -> None:
        rows = max(2, self.table.rowCount())
        height = self.table.horizontalHeader().height() + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 4)

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            self.table.setItem(row, column, QTableWidgetItem(""))
        self._fit()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._changed()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._fit()
            self._changed()

    def _cell(self, text: str, column_type: str):
        text = text.strip()
        if not text:
            return None
        if column_type == "number":
            number, ok = QLocale().toDouble(text)
            if not ok:
                number, ok = QLocale.c().toDouble(text)
            if ok:
                return int(number) if number.is_integer() else number
            return None
        if column_type == "date":
            date = QDate.fromString(text, "yyyy-MM-dd")
            return text if date.isValid() else None
        return text

    def value(self):
        rows = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, column in enumerate(self.question.columns):
                item = self.table.item(r, c)
                cell = self._cell(item.text(), column.type) if item else None
                if cell is not None:
                    row[column.id] = cell
            rows.append(row)
        while rows and not rows[-1]:
            rows.pop()  # trailing empty rows are not an answer
        return rows or None

    def _show(self, value) -> None:
        rows = value or []
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, column in enumerate(self.question.columns):
                cell = row.get(column.id)
                text = "" if cell is None else (QLocale().toString(float(cell), "g", 15)
                                                if isinstance(cell, (int, float)) else str(cell))
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._fit()

    def set_read_only(self, read_only: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                    else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setEditTriggers(triggers)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)


EDITORS = {
    "status": ChoiceEditor, "single": ChoiceEditor, "multi": MultiEditor, "text": TextEditor,
    "number": NumberEditor, "date": DateEditor, "links": LinksEditor, "table": TableEditor,
}


def editor_for(question: Question, parent=None) -> Editor:
    return EDITORS[question.type](question, parent)
