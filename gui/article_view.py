"""The current article: its heading and summary, then each provision with its questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checklist.model import Article, Question
from checklist.visibility import is_visible
from gui.editors import Editor, editor_for
from gui.session import Session


def obligation_label(widget: QWidget, obligation: str) -> str:
    return {"mandatory": widget.tr("Mandatory"), "consider": widget.tr("Must consider"),
            "optional": widget.tr("Optional")}.get(obligation, obligation)


class QuestionRow(QWidget):
    """A question's prompt, guidance and editor; hidden rows keep their answers."""

    def __init__(self, question: Question, parent=None):
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        prompt = question.prompt + (" *" if question.required else "")
        self.label = QLabel(prompt, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout.addWidget(self.label)
        if question.guidance:
            guidance = QLabel(question.guidance, self)
            guidance.setWordWrap(True)
            guidance.setTextFormat(Qt.TextFormat.PlainText)
            guidance.setObjectName("guidance")
            guidance.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(guidance)
        self.editor: Editor = editor_for(question, self)
        self.editor.setObjectName(question.id)
        self.label.setBuddy(self.editor)
        if question.required:
            self.label.setToolTip(self.tr("Required"))
        layout.addWidget(self.editor)


class ArticleView(QScrollArea):
    """Shows one article and writes every edit to the session."""

    answer_edited = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.article: Article | None = None
        self.rows: dict[str, QuestionRow] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        session.answer_changed.connect(self._answer_changed)

    def show_article(self, article: Article) -> None:
        self.article = article
        self.rows = {}
        page = QWidget(self)
        page.setObjectName("articlePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        instrument = self.session.checklist.instrument(article.instrument)
        heading = QLabel(self.tr("Article %1: %2").replace("%1", str(article.number))
                         .replace("%2", article.title), page)
        heading.setObjectName("articleTitle")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        facts = [instrument.short_title, instrument.chapter_title(article.chapter)]
        if article.cluster is not None:
            facts.append(self.tr("Review cluster %1").replace("%1", str(article.cluster)))
        context = QLabel(" · ".join(facts), page)
        context.setWordWrap(True)
        context.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(context)
        summary = QLabel(article.summary, page)
        summary.setObjectName("articleSummary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        if article.informational:
            note = QLabel(self.tr("This article is shown for information; it asks no questions."), page)
            note.setWordWrap(True)
            layout.addWidget(note)
        for question in article.questions:
            layout.addWidget(self._row(question, page))
        for provision in article.provisions:
            box = QGroupBox(f"{provision.ref} · {obligation_label(self, provision.obligation)}", page)
            box.setObjectName(provision.id)
            box_layout = QVBoxLayout(box)
            text = QLabel(provision.summary, box)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            box_layout.addWidget(text)
            if provision.guidance:
                guidance = QLabel(provision.guidance, box)
                guidance.setWordWrap(True)
                guidance.setTextFormat(Qt.TextFormat.PlainText)
                guidance.setStyleSheet("color: palette(placeholder-text);")
                box_layout.addWidget(guidance)
            for question in provision.questions:
                box_layout.addWidget(self._row(question, box))
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(page)
        self._update_visibility()
        self.verticalScrollBar().setValue(0)

    def _row(self, question: Question, parent: QWidget) -> QuestionRow:
        row = QuestionRow(question, parent)
        row.editor.set_value(self.session.answers.get(question.id))
        row.editor.set_read_only(self.session.read_only)
        row.editor.edited.connect(lambda q=question.id: self._edited(q))
        self.rows[question.id] = row
        return row

    def _edited(self, question_id: str) -> None:
        row = self.rows[question_id]
        self.session.set_value(question_id, row.editor.value())
        self.answer_edited.emit(question_id)

    def _answer_changed(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is not None and row.editor.value() != self.session.answers.get(question_id):
            row.editor.set_value(self.session.answers.get(question_id))  # changed elsewhere (undo)
        if row is not None:
            self._update_visibility()

    def _update_visibility(self) -> None:
        answers = self.session.answers
        for row in self.rows.values():
            row.setVisible(is_visible(row.question, answers))

    def editor(self, question_id: str) -> Editor:
        return self.rows[question_id].editor
