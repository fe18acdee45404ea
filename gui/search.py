"""Search (Ctrl+F): article titles, summaries, prompts and guidance from the checklist in
memory; answers and comments through the file's full-text index. Choosing a result shows
the question, highlighted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QToolButton, QVBoxLayout, QWidget

from checklist.model import Checklist
from checklist.search import MAX_HITS, ChecklistText, Hit, words
from gui.session import Session

SEARCH_DELAY_MS = 250
ROOT = QModelIndex()
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def run_search(session: Session, text: ChecklistText, query: str) -> list[Hit]:
    wanted = words(query)
    if not wanted:
        return []
    session.flush()  # what was typed a moment ago is in the index too
    hits = text.search(wanted, session.instruments)
    hits += text.answer_hits(session.assessment.search_candidates(wanted), wanted, session.instruments)
    return text.sort(hits)


@dataclass(frozen=True)
class Row:
    hit: Hit
    place: str
    where: str


class ResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.where} · {row.place}\n{row.hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.hit.snippet
        if role == HIT_ROLE:
            return row.hit
        return None


class SearchPanel(QWidget):
    chosen = Signal(object)  # a Hit

    def __init__(self, session: Session, checklist: Checklist, parent=None):
        super().__init__(parent)
        self.session = session
        self.checklist = checklist
        self.text = ChecklistText(checklist)
        self.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        for button in self.field.findChildren(QToolButton):  # Qt's unlabelled clear button
            button.setAccessibleName(self.tr("Clear the search"))
        self.field.setPlaceholderText(self.tr("Find in the checklist, answers and comments"))
        self.field.setAccessibleName(self.tr("Search"))
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.results.setUniformItemSizes(False)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda: self._timer.start(SEARCH_DELAY_MS))
        self.field.returnPressed.connect(self._enter)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)

    def start(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search_now(self) -> None:
        self._timer.stop()
        hits = run_search(self.session, self.text, self.field.text())
        self.model.set_rows([Row(hit, self._place(hit), self._where(hit.field)) for hit in hits])
        if not self.field.text().strip():
            self.summary.setText("")
        elif not hits:
            self.summary.setText(self.tr("Nothing found."))
        elif len(hits) >= MAX_HITS:
            self.summary.setText(self.tr("The first %1 results; add a word to narrow them.")
                                 .replace("%1", str(len(hits))))
        else:
            self.summary.setText(self.tr("%1 results. Enter or a click shows one.").replace("%1", str(len(hits))))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _enter(self) -> None:
        if self._timer.isActive() or not self.model.rows:
            self.search_now()
        if self.model.rows:
            self.results.setFocus()
            self._activated(self.results.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(index.data(HIT_ROLE))

    def _place(self, hit: Hit) -> str:
        article = self.checklist.article(hit.article_id)
        instrument = self.checklist.instrument(article.instrument)
        place = self.tr("%1, art. %2").replace("%1", instrument.short_title).replace("%2", str(article.number))
        if hit.provision_id:
            place += f" ({self.checklist.provision(hit.provision_id).ref})"
        return place

    def _where(self, field: str) -> str:
        return {"title": self.tr("Title"), "summary": self.tr("Summary"), "prompt": self.tr("Question"),
                "guidance": self.tr("Guidance"), "answer": self.tr("Answer"),
                "comment": self.tr("Comment")}[field]
