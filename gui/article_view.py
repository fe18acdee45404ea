"""The current article: its heading and summary, then each provision with its questions.

Each question row has its editor, a comment, a follow-up flag and a way to its history.
Every change goes through Editing (gui/undo.py), so it can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checklist.linking import copy_plan
from checklist.model import Article, Provision, Question
from checklist.visibility import is_visible
from gui.editors import Editor, GrowingTextEdit, editor_for
from gui.icons import comment_icon, flag_icon, history_icon
from gui.session import COMMENT, FLAG
from gui.undo import Editing, UndoKeysToWindow

HIGHLIGHT = "#fff3b0"


def obligation_label(widget: QWidget, obligation: str) -> str:
    return {"mandatory": widget.tr("Mandatory"), "consider": widget.tr("Must consider"),
            "optional": widget.tr("Optional")}.get(obligation, obligation)


def _label(text: str, parent: QWidget, *, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        # A palette, not a style sheet: a style sheet on each of hundreds of labels made a
        # long article slow to open.
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
    return label


def _show(widget: QWidget, shown: bool) -> None:
    # setVisible() costs even when nothing changes; an article has up to 450 questions.
    if widget.isHidden() == shown:
        widget.setVisible(shown)


class QuestionRow(QWidget):
    """A question's prompt, guidance, editor, comment and flag; hidden rows keep their answers."""

    history_requested = Signal(str)

    def __init__(self, question: Question, parent=None):
        super().__init__(parent)
        self.question = question
        self.highlighted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        header = QHBoxLayout()
        prompt = question.prompt + (" *" if question.required else "")
        self.label = _label(prompt, self)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        if question.required:
            self.label.setToolTip(self.tr("Required"))
        header.addWidget(self.label, 1)
        layout.addLayout(header)
        if question.guidance:
            guidance = _label(question.guidance, self, muted=True)
            guidance.setObjectName("guidance")
            layout.addWidget(guidance)
        # Created before the buttons: Tab reaches the answer first, then its comment and flag.
        self.editor: Editor = editor_for(question, self)
        self.editor.setObjectName(question.id)
        self.label.setBuddy(self.editor)
        layout.addWidget(self.editor)
        self.comment_button = self._tool(comment_icon(), self.tr("Comment"),
                                         self.tr("Add or show a comment on this question"), header)
        self.comment_button.setCheckable(True)
        self.flag_button = self._tool(flag_icon(), self.tr("Flag for follow-up"),
                                      self.tr("Flag this question for follow-up"), header)
        self.flag_button.setCheckable(True)
        self.history_button = self._tool(history_icon(), self.tr("History"),
                                         self.tr("Every earlier answer to this question"), header)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(question.id))
        # Comment boxes are made on first use: a long article has hundreds of questions and
        # building a text box for each made opening it slow.
        self.comment_area: QFrame | None = None
        self._comment: GrowingTextEdit | None = None
        self.comment_ready = None  # called with the new comment box, to connect it
        self.comment_button.toggled.connect(self._comment_toggled)

    @property
    def comment(self) -> GrowingTextEdit:
        if self._comment is None:
            # The comment sits in its own tinted area with a label, so it is never taken for the answer.
            self.comment_area = QFrame(self)
            self.comment_area.setObjectName("commentArea")
            self.comment_area.setStyleSheet("#commentArea { background: #fdf6dc; border-radius: 4px; }")
            area_layout = QVBoxLayout(self.comment_area)
            area_layout.setContentsMargins(6, 4, 6, 6)
            comment_label = QLabel(self.tr("Comment (not part of the answer):"), self.comment_area)
            area_layout.addWidget(comment_label)
            self._comment = GrowingTextEdit(self.comment_area)
            self._comment.setObjectName("comment")
            self._comment.setAccessibleName(self.tr("Comment on: %1").replace("%1", self.question.prompt))
            self._comment.setPlaceholderText(self.tr("For colleagues and reviewers; kept with the answer"))
            comment_label.setBuddy(self._comment)
            area_layout.addWidget(self._comment)
            self.comment_area.setVisible(False)
            self.layout().addWidget(self.comment_area)
            QWidget.setTabOrder(self.history_button, self._comment)  # Tab: answer, buttons, comment
            if self.comment_ready is not None:
                self.comment_ready(self._comment)
        return self._comment

    def _tool(self, icon, name: str, tip: str, layout) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setAutoRaise(True)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def _comment_toggled(self, shown: bool) -> None:
        if shown:
            box = self.comment  # made on first use
            _show(self.comment_area, True)
            box.setFocus()
        elif self._comment is not None:
            _show(self.comment_area, bool(self._comment.toPlainText().strip()))

    def show_notes(self, comment: str, flagged: bool) -> None:
        if self._comment is None and not comment:
            self.flag_button.blockSignals(True)
            self.flag_button.setChecked(flagged)
            self.flag_button.blockSignals(False)
            return
        if self.comment.toPlainText() != comment:
            self.comment.blockSignals(True)
            self.comment.setPlainText(comment)
            self.comment.blockSignals(False)
        self.comment_button.blockSignals(True)
        self.comment_button.setChecked(bool(comment) or self.comment.hasFocus())
        self.comment_button.blockSignals(False)
        _show(self.comment_area, bool(comment) or self.comment_button.isChecked())
        self.flag_button.blockSignals(True)
        self.flag_button.setChecked(flagged)
        self.flag_button.blockSignals(False)

    def set_highlighted(self, on: bool) -> None:
        self.highlighted = on
        self.setAutoFillBackground(on)
        if on:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(HIGHLIGHT))
            self.setPalette(palette)


class ArticleView(QScrollArea):
    """Shows one article and sends every edit to Editing."""

    history_requested = Signal(str)
    message = Signal(str)  # something to tell the user in the status bar

    def __init__(self, editing: Editing, parent=None):
        super().__init__(parent)
        self.editing = editing
        self.session = editing.session
        self.article: Article | None = None
        self.rows: dict[str, QuestionRow] = {}
        self.provision_boxes: dict[str, QGroupBox] = {}
        self.copy_buttons: dict[tuple[str, str], QPushButton] = {}
        self._undo_keys = UndoKeysToWindow(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.session.answer_changed.connect(self._answer_changed)
        self.session.note_changed.connect(self._note_changed)

    def show_article(self, article: Article) -> None:
        self.article = article
        self.rows = {}
        self.provision_boxes = {}
        self.copy_buttons = {}
        page = QWidget(self)
        page.setObjectName("articlePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        instrument = self.session.checklist.instrument(article.instrument)
        heading = _label(self.tr("Article %1: %2").replace("%1", str(article.number))
                         .replace("%2", article.title), page)
        heading.setObjectName("articleTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        facts = [instrument.short_title, instrument.chapter_title(article.chapter)]
        if article.cluster is not None:
            facts.append(self.tr("Review cluster %1").replace("%1", str(article.cluster)))
        agency = self.session.assignments.get(article.id)
        if agency:
            facts.append(self.tr("Assigned to %1").replace("%1", agency))
        layout.addWidget(_label(" · ".join(facts), page))
        summary = _label(article.summary, page)
        summary.setObjectName("articleSummary")
        layout.addWidget(summary)
        if article.informational:
            layout.addWidget(_label(self.tr("This article is shown for information; it asks no questions."), page))
        for question in article.questions:
            layout.addWidget(self._row(question, page))
        for provision in article.provisions:
            layout.addWidget(self._provision(provision, page))
        layout.addStretch(1)
        self.setWidget(page)
        self._update_visibility()
        self.verticalScrollBar().setValue(0)

    def _provision(self, provision: Provision, page: QWidget) -> QGroupBox:
        box = QGroupBox(f"{provision.ref} · {obligation_label(self, provision.obligation)}", page)
        box.setObjectName(provision.id)
        self.provision_boxes[provision.id] = box
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(_label(provision.summary, box))
        if provision.guidance:
            box_layout.addWidget(_label(provision.guidance, box, muted=True))
        checklist = self.session.checklist
        for linked_id in checklist.linked(provision.id):
            linked = checklist.provision(linked_id)
            instrument_id = linked_id.split(".", 1)[0]
            if linked is None or instrument_id not in self.session.instruments:
                continue
            source = f"{checklist.instrument(instrument_id).short_title} {linked.ref}"
            button = QPushButton(self.tr("Copy the answers from the equivalent provision: %1")
                                 .replace("%1", source), box)
            button.setToolTip(self.tr("%1 asks for the same measures; copy its answers here, where "
                                      "they differ. You can undo the copy.").replace("%1", source))
            button.clicked.connect(lambda _=False, s=linked_id, t=provision.id, n=source: self.copy_from(s, t, n))
            self.copy_buttons[(linked_id, provision.id)] = button
            box_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        for question in provision.questions:
            box_layout.addWidget(self._row(question, box))
        return box

    def _row(self, question: Question, parent: QWidget) -> QuestionRow:
        row = QuestionRow(question, parent)
        row.editor.set_value(self.session.answers.get(question.id))
        row.editor.set_read_only(self.session.read_only)
        row.comment_ready = lambda box, q=question.id: self._wire_comment(box, q)
        row.flag_button.setEnabled(not self.session.read_only)
        row.show_notes(self.session.comments.get(question.id, ""), question.id in self.session.flagged)
        row.editor.edited.connect(lambda q=question.id: self._edited(q))
        row.flag_button.toggled.connect(lambda on, q=question.id: self.editing.change(FLAG, q, on))
        row.history_requested.connect(self.history_requested)
        for box in row.findChildren(QLineEdit) + row.findChildren(QPlainTextEdit):
            box.installEventFilter(self._undo_keys)
            if isinstance(box, QPlainTextEdit):
                box.setUndoRedoEnabled(False)
        self.rows[question.id] = row
        return row

    def _wire_comment(self, box: QPlainTextEdit, question_id: str) -> None:
        box.setReadOnly(self.session.read_only)
        box.textChanged.connect(lambda: self._comment_edited(question_id))
        box.installEventFilter(self._undo_keys)
        box.setUndoRedoEnabled(False)

    def _edited(self, question_id: str) -> None:
        self.editing.set_value(question_id, self.rows[question_id].editor.value())

    def _comment_edited(self, question_id: str) -> None:
        text = self.rows[question_id].comment.toPlainText()
        self.editing.change(COMMENT, question_id, text if text.strip() else "")

    def _answer_changed(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is None:
            return
        if row.editor.value() != self.session.answers.get(question_id):
            row.editor.set_value(self.session.answers.get(question_id))  # changed elsewhere (undo)
        self._update_visibility()

    def _note_changed(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is not None:
            row.show_notes(self.session.comments.get(question_id, ""), question_id in self.session.flagged)

    def _update_visibility(self) -> None:
        answers = self.session.answers
        for row in self.rows.values():
            _show(row, is_visible(row.question, answers))

    def copy_from(self, source_id: str, target_id: str, source_name: str) -> None:
        plan = copy_plan(self.session.checklist, source_id, target_id, self.session.answers)
        if not plan:
            self.message.emit(self.tr("Nothing to copy: %1 has no answers that differ from these.")
                              .replace("%1", source_name))
            return
        replaced = [q for q in plan if self.session.answers.get(q) is not None]
        if replaced:
            answer = QMessageBox.question(
                self, self.tr("Replace answers?"),
                self.tr("Copying from %1 replaces %2 answers already given here. You can undo it "
                        "with Ctrl+Z.").replace("%1", source_name).replace("%2", str(len(replaced))))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.editing.set_many(plan, "copied", source_id,
                              self.tr("Copy answers from %1").replace("%1", source_name))
        self.message.emit(self.tr("%1 answers copied from %2.").replace("%1", str(len(plan)))
                          .replace("%2", source_name))

    # -- finding things -------------------------------------------------------------------
    def reveal(self, question_id: str | None = None, provision_id: str | None = None,
               focus: bool = True) -> None:
        """Scroll to a question (highlighted, its editor focused) or to a provision."""
        for row in self.rows.values():
            if row.highlighted:
                row.set_highlighted(False)
        row = self.rows.get(question_id) if question_id else None
        target = row if row is not None and row.isVisibleTo(self) else self.provision_boxes.get(provision_id)
        if target is None:
            return
        if row is not None and target is row:
            row.set_highlighted(True)
            if focus:
                row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        # A page shown a moment ago has not been laid out yet; without this the scroll lands short.
        self.widget().layout().activate()
        self.ensureWidgetVisible(target, 0, 40)

    def current_question(self) -> str | None:
        """The question whose editor, comment or buttons have the keyboard focus."""
        widget = self.focusWidget() if self.isAncestorOf(self.focusWidget() or self) else None
        while widget is not None and not isinstance(widget, QuestionRow):
            widget = widget.parentWidget()
        return widget.question.id if widget else None

    def editor(self, question_id: str) -> Editor:
        return self.rows[question_id].editor
