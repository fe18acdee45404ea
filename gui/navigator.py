"""The navigator: instrument > chapter > article, with a mark and the required answers left."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from checklist import progress
from checklist.model import Checklist
from gui.icons import state_icon

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2


class NavigatorModel(QStandardItemModel):
    def __init__(self, checklist: Checklist, instruments: list[str], parent=None):
        super().__init__(parent)
        self.checklist = checklist
        self.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Left")])
        self._items: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        for instrument in checklist.instruments:
            if instrument.id not in instruments:
                continue
            top = QStandardItem(instrument.short_title)
            top.setEditable(False)
            top.setToolTip(instrument.title)
            self.appendRow([top, _blank()])
            chapters: dict[str, QStandardItem] = {}
            for article in instrument.articles:
                parent_item = chapters.get(article.chapter)
                if parent_item is None:
                    parent_item = QStandardItem(instrument.chapter_title(article.chapter))
                    parent_item.setEditable(False)
                    top.appendRow([parent_item, _blank()])
                    chapters[article.chapter] = parent_item
                item = QStandardItem(f"{article.number}. {article.title}")
                item.setEditable(False)
                item.setData(article.id, ARTICLE_ROLE)
                item.setToolTip(article.title)
                left = _blank()
                left.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                parent_item.appendRow([item, left])
                self._items[article.id] = (item, left)

    def refresh(self, answers, article_ids=None) -> None:
        for article_id in article_ids or list(self._items):
            item, left = self._items[article_id]
            article = self.checklist.article(article_id)
            state = progress.article_state(article, answers)
            count = progress.article_count(article, answers)
            if item.data(STATE_ROLE) != state:
                item.setData(state, STATE_ROLE)
                item.setIcon(state_icon(state))
            text = str(count.left) if count.left else ""
            if left.text() != text:
                left.setText(text)
                left.setToolTip(self.tr("%1 required answers left").replace("%1", text) if text else "")

    def index_of(self, article_id: str) -> QModelIndex:
        return self._items[article_id][0].index()

    def article_ids(self) -> list[str]:
        return list(self._items)


def _blank() -> QStandardItem:
    item = QStandardItem("")
    item.setEditable(False)
    return item


class Navigator(QTreeView):
    article_selected = Signal(str)

    def __init__(self, model: NavigatorModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Articles"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.expandAll()
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.siblingAtColumn(0).data(ARTICLE_ROLE)
        if article_id:
            self.article_selected.emit(article_id)

    def select_article(self, article_id: str) -> None:
        index = self.model().index_of(article_id)
        if self.currentIndex().siblingAtColumn(0) != index:
            self.setCurrentIndex(index)
        self.scrollTo(index)
