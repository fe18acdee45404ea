"""The navigator: instrument > chapter > article > provision, each with its mark and the
required answers left; a filter proxy narrows it to what the filter bar asks for."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from checklist import progress
from checklist.filters import Matches
from checklist.model import Checklist, Question
from gui.icons import state_icon

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
PROVISION_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
INSTRUMENT, CHAPTER, ARTICLE, PROVISION = "instrument", "chapter", "article", "provision"
ROOT = QModelIndex()


@dataclass(eq=False)
class Node:
    kind: str
    id: str
    title: str
    tooltip: str
    questions: tuple[Question, ...]
    parent: Node | None
    number: int  # position in NavigatorModel.nodes, the index's internal id
    article_id: str = ""
    children: list[Node] = field(default_factory=list)
    row: int = 0
    mark: str = ""
    left: int = 0


class NavigatorModel(QAbstractItemModel):
    """A read-only tree over the checklist; refresh() recomputes marks and counts."""

    def __init__(self, checklist: Checklist, instruments: list[str], parent=None):
        super().__init__(parent)
        self.checklist = checklist
        self.nodes: list[Node] = []
        self.roots: list[Node] = []
        self._by_id: dict[str, Node] = {}
        self._headers = (self.tr("Article"), self.tr("Left"))
        for instrument in checklist.instruments:
            if instrument.id not in instruments:
                continue
            top = self._node(INSTRUMENT, instrument.id, instrument.short_title, instrument.title, None)
            chapters: dict[str, Node] = {}
            for article in instrument.articles:
                chapter = chapters.get(article.chapter)
                if chapter is None:
                    title = instrument.chapter_title(article.chapter)
                    chapter = self._node(CHAPTER, f"{instrument.id}:{article.chapter}", title, title, top)
                    chapters[article.chapter] = chapter
                node = self._node(ARTICLE, article.id, f"{article.number}. {article.title}", article.title,
                                  chapter, article.all_questions, article.id)
                for provision in article.provisions:
                    self._node(PROVISION, provision.id, provision.ref, provision.summary, node,
                               provision.questions, article.id)
            self._gather(top)

    def _node(self, kind, node_id, title, tooltip, parent, questions=(), article_id="") -> Node:
        node = Node(kind, node_id, title, tooltip, tuple(questions), parent, len(self.nodes), article_id)
        siblings = parent.children if parent else self.roots
        node.row = len(siblings)
        siblings.append(node)
        self.nodes.append(node)
        self._by_id[node_id] = node
        return node

    def _gather(self, node: Node) -> tuple[Question, ...]:
        """Instruments and chapters count the questions of every article below them."""
        if node.kind in (INSTRUMENT, CHAPTER):
            node.questions = tuple(q for child in node.children for q in self._gather(child))
        return node.questions

    # -- the tree ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent=ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self.nodes[parent.internalId()].children if parent.isValid() else self.roots
        return self.createIndex(row, column, siblings[row].number)

    def parent(self, index=None):
        if index is None:
            return super().parent()  # QObject.parent(), which shares the name
        if not index.isValid():
            return QModelIndex()
        up = self.nodes[index.internalId()].parent
        return QModelIndex() if up is None else self.createIndex(up.row, 0, up.number)

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        if parent.column() > 0:
            return 0
        return len(self.nodes[parent.internalId()].children) if parent.isValid() else len(self.roots)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt's name
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.nodes[index.internalId()]
        if index.column() == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(node.left) if node.left else ""
            if role == Qt.ItemDataRole.ToolTipRole and node.left:
                return self.tr("%1 required answers left").replace("%1", str(node.left))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.DisplayRole:
            return node.title
        elif role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip + (f"\n{mark_label(self, node.mark)}" if node.mark else "")
        elif role == Qt.ItemDataRole.DecorationRole and node.mark:
            return state_icon(node.mark)
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole and node.mark:
            return mark_label(self, node.mark)
        if role == ARTICLE_ROLE:
            return node.article_id or None
        if role == PROVISION_ROLE:
            return node.id if node.kind == PROVISION else None
        if role == STATE_ROLE:
            return node.mark
        if role == KIND_ROLE:
            return node.kind
        return None

    # -- marks and counts -------------------------------------------------------------------
    def refresh(self, answers: Mapping[str, object], flagged: Set[str], article_ids=None) -> None:
        """Recompute the given articles (all when None), their provisions and their ancestors."""
        if article_ids is None:
            nodes = self.nodes
        else:
            nodes = []
            for article_id in article_ids:
                article = self._by_id[article_id]
                nodes += article.children + [article, article.parent, article.parent.parent]
        for node in dict.fromkeys(nodes):
            if node.kind in (INSTRUMENT, CHAPTER) and not node.questions:
                mark, left = "", 0
            else:
                mark = progress.mark(node.questions, answers, flagged)
                left = progress.questions_count(node.questions, answers).left
            if (mark, left) != (node.mark, node.left):
                node.mark, node.left = mark, left
                self.dataChanged.emit(self.createIndex(node.row, 0, node.number),
                                      self.createIndex(node.row, 1, node.number))

    def index_of(self, node_id: str) -> QModelIndex:
        node = self._by_id[node_id]
        return self.createIndex(node.row, 0, node.number)

    def node(self, index: QModelIndex) -> Node:
        return self.nodes[index.internalId()]

    def article_ids(self) -> list[str]:
        return [n.id for n in self.nodes if n.kind == ARTICLE]


def mark_label(widget, mark: str) -> str:
    return {progress.NOT_STARTED: widget.tr("Not started"), progress.IN_PROGRESS: widget.tr("In progress"),
            progress.COMPLETE: widget.tr("Complete"), progress.INFORMATION: widget.tr("For information"),
            progress.FLAGGED: widget.tr("Flagged for follow-up")}.get(mark, mark)


class NavigatorFilter(QSortFilterProxyModel):
    """Keeps the articles and provisions the filter bar matched, and the levels above them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.matches: Matches | None = None

    def set_matches(self, matches: Matches | None) -> None:
        self.beginFilterChange()
        self.matches = matches
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt's name
        if self.matches is None:
            return True
        model = self.sourceModel()
        node = model.node(model.index(source_row, 0, source_parent))
        if node.kind == ARTICLE:
            return node.id in self.matches.articles
        if node.kind == PROVISION:
            return node.id in self.matches.provisions
        return False  # instruments and chapters show when something below them does


class Navigator(QTreeView):
    article_selected = Signal(str)
    provision_selected = Signal(str)

    def __init__(self, model: NavigatorModel, parent=None):
        super().__init__(parent)
        self.source = model
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setAccessibleName(self.tr("Articles"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.expandToDepth(1)
        self._filtering = False
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filtering or not current.isValid():
            return  # rows coming and going under a new filter are not the user's choice
        current = current.siblingAtColumn(0)
        article_id = current.data(ARTICLE_ROLE)
        provision_id = current.data(PROVISION_ROLE)
        if provision_id:
            self.provision_selected.emit(provision_id)
        elif article_id:
            self.article_selected.emit(article_id)

    def set_matches(self, matches: Matches | None) -> None:
        """Apply a filter, keeping the current row when it still passes."""
        current = QPersistentModelIndex(self.proxy.mapToSource(self.currentIndex()))
        self._filtering = True
        try:
            self.proxy.set_matches(matches)
            if matches is None:
                self.collapseAll()
                self.expandToDepth(1)
            else:
                self.expandAll()  # show the provisions that matched
            kept = self.proxy.mapFromSource(QModelIndex(current)) if current.isValid() else QModelIndex()
            if kept.isValid():
                self.setCurrentIndex(kept)
                self.scrollTo(kept)
            else:
                self.selectionModel().clear()
        finally:
            self._filtering = False

    def visible_article_ids(self) -> list[str]:
        """Articles the filter keeps, in order."""
        return [a for a in self.source.article_ids()
                if self.proxy.mapFromSource(self.source.index_of(a)).isValid()]

    def select(self, node_id: str) -> None:
        """Make an article or provision current, quietly, if the filter shows it."""
        index = self.proxy.mapFromSource(self.source.index_of(node_id))
        if not index.isValid():
            self.selectionModel().clear()
            return
        if self.currentIndex().siblingAtColumn(0) != index:
            self._filtering = True
            try:
                self.setCurrentIndex(index)
            finally:
                self._filtering = False
        self.scrollTo(index)

    def select_article(self, article_id: str) -> None:
        """Show `article_id`, as a click on it does."""
        index = self.proxy.mapFromSource(self.source.index_of(article_id))
        if index.isValid() and self.currentIndex().siblingAtColumn(0) != index:
            self.setCurrentIndex(index)
            self.scrollTo(index)
        else:
            self.article_selected.emit(article_id)
