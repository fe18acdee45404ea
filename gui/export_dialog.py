"""Export…: the format, what to include, and a check of required questions still unanswered.

The export itself runs off the window's thread (gui/tasks.py) and is written atomically.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from checklist.scope import ALL, ARTICLE, CLUSTER, INSTRUMENT, Scope, missing_required
from gui.session import Session

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class ExportDialog(QDialog):
    """Collects the choices; `go_to_question` asks the window to show a missing answer."""

    go_to_question = Signal(str)

    def __init__(self, session: Session, current_article: str | None, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export"))
        checklist = session.checklist
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox(self)
        for code, label in (("xlsx", self.tr("Excel workbook (.xlsx)")), ("pdf", self.tr("PDF document (.pdf)")),
                            ("html", self.tr("Web page (.html)")), ("json", self.tr("JSON data (.json)"))):
            self.format.addItem(label, code)
        self.format.setAccessibleName(self.tr("Format"))
        form.addRow(self.tr("&Format:"), self.format)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("What to include"))
        self.scope.addItem(self.tr("The whole assessment"), Scope(ALL))
        for instrument_id in session.instruments:
            instrument = checklist.instrument(instrument_id)
            self.scope.addItem(self.tr("Only the %1").replace("%1", instrument.short_title),
                               Scope(INSTRUMENT, instrument_id))
        for cluster in checklist.clusters:
            self.scope.addItem(self.tr("Only review cluster %1: %2").replace("%1", str(cluster.number))
                               .replace("%2", cluster.title), Scope(CLUSTER, str(cluster.number)))
        if current_article:
            article = checklist.article(current_article)
            self.scope.addItem(self.tr("Only the current article (%1)").replace("%1", article.title),
                               Scope(ARTICLE, current_article))
        form.addRow(self.tr("&Include:"), self.scope)
        self.draft = QCheckBox(self.tr("Mark as a &draft"), self)
        form.addRow("", self.draft)
        layout.addLayout(form)
        self.check_label = QLabel(self)
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        self.missing = QListWidget(self)
        self.missing.setAccessibleName(self.tr("Required questions still unanswered"))
        self.missing.itemActivated.connect(self._go_to)
        layout.addWidget(self.missing, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.scope.currentIndexChanged.connect(self._check)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.out: Path | None = None
        self._format_changed()
        self._check()
        self.resize(640, 480)

    def chosen_scope(self) -> Scope:
        return self.scope.currentData()

    def chosen_format(self) -> str:
        return self.format.currentData()

    def article_ids(self) -> list[str]:
        return self.chosen_scope().article_ids(self.session.checklist, self.session.instruments)

    def _format_changed(self) -> None:
        self.draft.setEnabled(self.chosen_format() in ("pdf", "html"))

    def _check(self) -> None:
        checklist = self.session.checklist
        missing = missing_required(checklist, self.article_ids(), self.session.answers)
        self.missing.clear()
        for question in missing:
            article, provision = checklist.owner(question.id)
            where = f"{checklist.instrument(article.instrument).short_title}, " + self.tr("art. %1").replace(
                "%1", provision.ref if provision else str(article.number))
            item = QListWidgetItem(f"{where}: {question.prompt}")
            item.setData(QUESTION_ROLE, question.id)
            self.missing.addItem(item)
        if missing:
            self.check_label.setText(self.tr(
                "%1 required questions are still unanswered. You can export anyway (for example a "
                "draft for review), or double-click one to answer it.").replace("%1", str(len(missing))))
        else:
            self.check_label.setText(self.tr("Every required question in this part is answered."))
        self.missing.setVisible(bool(missing))

    def _go_to(self, item: QListWidgetItem) -> None:
        self.go_to_question.emit(item.data(QUESTION_ROLE))
        self.reject()

    def suggested_name(self) -> str:
        country = self.session.meta.get("country", "") or "assessment"
        stem = "".join(c for c in country if c not in '<>:"/\\|?*').strip() or "assessment"
        return f"{stem} self-assessment.{self.chosen_format()}"

    def _choose_file(self) -> None:
        folder = self.session.assessment.path.parent
        fmt = self.chosen_format()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(folder / self.suggested_name()),
            self.tr("%1 files (*.%2)").replace("%1", fmt.upper()).replace("%2", fmt))
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self.out = Path(path)
        self.accept()
