"""Every revision of one question (answer, comment, flag) with its time and source; any one
can be restored, which is itself recorded (source "restored") and can be undone."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from checklist.model import Question
from gui.session import COMMENT, FLAG, VALUE
from gui.undo import Editing
from storage.assessment import Revision

ROOT = QModelIndex()


def value_text(widget, question: Question, field: str, value) -> str:
    """A stored value as the user would say it."""
    if field == FLAG:
        return widget.tr("Flagged") if value else widget.tr("Not flagged")
    if value is None or value == "" or value == []:
        return widget.tr("(empty)")
    if field == COMMENT or question.type in ("text", "number", "date"):
        return str(value)
    if question.type == "status":
        return {"yes": widget.tr("Yes"), "partly": widget.tr("In part"), "no": widget.tr("No"),
                "na": widget.tr("Not applicable")}.get(value, str(value))
    if question.type == "single":
        return question.option_label(value)
    if question.type == "multi":
        return "; ".join(question.option_label(v) for v in value)
    if question.type == "links":
        return "\n".join(value)
    if question.type == "table":
        labels = {c.id: c.label for c in question.columns}
        return "\n".join(", ".join(f"{labels.get(k, k)}: {v}" for k, v in row.items()) for row in value)
    return str(value)


def source_text(widget, revision: Revision) -> str:
    if revision.source == "imported":
        text = widget.tr("imported from %1").replace("%1", revision.detail) if revision.detail \
            else widget.tr("imported")
    elif revision.source == "copied":
        text = widget.tr("copied from %1").replace("%1", revision.detail)
    elif revision.source == "restored":
        text = widget.tr("restored")
    elif revision.source == "undo":
        text = widget.tr("redone") if revision.detail == "redo" else widget.tr("undone")
    else:
        text = widget.tr("typed")
    return text + (f" ({revision.agency})" if revision.agency else "")


class RevisionsModel(QAbstractTableModel):
    def __init__(self, question: Question, revisions: list[Revision], parent=None):
        super().__init__(parent)
        self.question = question
        self.revisions = list(reversed(revisions))  # newest first
        self.headers = [self.tr("When"), self.tr("What"), self.tr("Value"), self.tr("Source"), self.tr("By")]

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.revisions)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        revision = self.revisions[index.row()]
        column = index.column()
        if column == 0:
            when = QDateTime.fromString(revision.at, Qt.DateFormat.ISODate).toLocalTime()
            return when.toString("yyyy-MM-dd HH:mm:ss")
        if column == 1:
            return {VALUE: self.tr("Answer"), COMMENT: self.tr("Comment"), "flag": self.tr("Flag")}.get(
                revision.field, revision.field)
        if column == 2:
            return value_text(self, self.question, revision.field, revision.value)
        if column == 3:
            return source_text(self, revision)
        return revision.author


class HistoryDialog(QDialog):
    def __init__(self, editing: Editing, question_id: str, parent=None):
        super().__init__(parent)
        self.editing = editing
        self.question_id = question_id
        session = editing.session
        question = session.checklist.question(question_id)
        self.setWindowTitle(self.tr("History of an answer"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        prompt = QLabel(question.prompt, self)
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(prompt)
        self.model = RevisionsModel(question, session.assessment.revisions(question_id), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Revisions, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No answer has been saved for this question yet."), self)
        self.empty.setVisible(not self.model.revisions)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore this version"), self)
        self.restore_button.setEnabled(bool(self.model.revisions) and not session.read_only)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        if self.model.revisions:
            self.table.selectRow(0)
        self.table.setFocus()
        self.resize(760, 420)

    def restore_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        revision = self.model.revisions[index.row()]
        self.editing.change(revision.field, self.question_id, revision.value, "restored",
                            f"revision {revision.id} of {revision.at}")
        self.accept()
