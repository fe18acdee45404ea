"""File > Export…, Import…, Print… and Print Preview…: the assessment in and out of the window.

Exports and the reading of an incoming file run off the window's thread; the import itself
is applied only after the user has seen what it would change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QMessageBox,
)

from checklist.about import RTL_LANGUAGES
from checklist.scope import ALL, ARTICLE, INSTRUMENT, Scope
from gui import messages
from gui.export_dialog import ExportDialog
from gui.exports import export
from gui.import_dialog import ImportDialog
from gui.printing import PageHeader, paint
from gui.tasks import run_task
from storage.errors import StorageError
from storage.html_export import render_html
from storage.importing import apply_import, plan_import, read_submission
from storage.submission import take_snapshot


class OutputActions(QObject):
    """Adds the output actions to a main window's File menu and carries them out."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        menu, before = window.file_menu, window.file_output_section
        self.action_export = self._action(self.tr("&Export…"), QKeySequence("Ctrl+E"), self.export)
        self.action_import = self._action(self.tr("Import &answers…"), None, self.import_file)
        self.action_print = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_draft)
        self.action_preview = self._action(self.tr("Print Pre&view…"), QKeySequence("Ctrl+Alt+P"),
                                           self.preview)
        menu.insertActions(before, [self.action_export, self.action_import, self.action_print,
                                    self.action_preview])
        self.action_import.setEnabled(not window.session.read_only)
        self.busy = False

    def _action(self, text, shortcut, slot) -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @property
    def main(self) -> QMainWindow:
        # Asked of Qt each time: holding the window here would keep its wrapper alive in a cycle.
        return self.parent()

    @property
    def session(self):
        return self.main.session

    def _status(self, text: str) -> None:
        self.main.statusBar().showMessage(text, 8000)

    # -- export -------------------------------------------------------------------------
    def export(self) -> None:
        if self.busy:
            self._status(self.tr("An export or import is already running."))
            return
        dialog = ExportDialog(self.session, self.main.current_article, self.main)
        dialog.go_to_question.connect(self._go_to_question)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.out is None:
            return
        self.session.flush()
        snapshot = take_snapshot(self.session.assessment, self.session.checklist, dialog.article_ids())
        fmt, out, draft = dialog.chosen_format(), dialog.out, dialog.draft.isChecked() and dialog.draft.isEnabled()
        source = self.session.assessment.path
        self.busy = True
        self._status(self.tr("Exporting to %1…").replace("%1", out.name))
        run_task(self, lambda: export(snapshot, fmt, out, source=source, draft=draft),
                 lambda warnings: self._exported(out, warnings), self._failed)

    def _go_to_question(self, question_id: str) -> None:
        article, _provision = self.session.checklist.owner(question_id)
        self.main.go_to(article.id, question_id)

    def _exported(self, out: Path, warnings: list[str]) -> None:
        self.busy = False
        self._status(self.tr("Exported to %1").replace("%1", str(out)))
        if warnings:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exported, with remarks"),
                              self.tr("The export is complete: %1").replace("%1", str(out)),
                              QMessageBox.StandardButton.Ok, self.main)
            box.setInformativeText(self.tr("Please read these remarks before sending it."))
            box.setDetailedText("\n".join(warnings))
            box.exec()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        if isinstance(error, StorageError):
            messages.show_storage_error(self.main, self.tr("Not done"), error)
            return
        raise error  # a defect: the crash dialog shows it; the answers are saved already

    # -- import -------------------------------------------------------------------------
    def import_file(self) -> None:
        if self.busy or self.session.read_only:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.main, self.tr("Import answers from"), str(self.session.assessment.path.parent),
            self.tr("Submissions (*.json *.xlsx);;All files (*)"))
        if not path:
            return
        checklist = self.session.checklist
        self.busy = True
        self._status(self.tr("Reading %1…").replace("%1", Path(path).name))
        run_task(self, lambda: read_submission(Path(path), checklist), self._read, self._failed)

    def _read(self, submission) -> None:
        self.busy = False
        self.session.flush()
        plan = plan_import(self.session.checklist, self.session.assessment, submission)
        dialog = ImportDialog(plan, self.main)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._status(self.tr("Nothing was imported."))
            return
        try:
            apply_import(self.session.assessment, plan, dialog.agency.text().strip())
        except StorageError as exc:
            messages.show_storage_error(self.main, self.tr("Nothing was imported"), exc)
            return
        self.main.editing.stack.clear()  # undo steps from before the import no longer apply
        self.session.reload()
        self._status(self.tr("Imported %1: %2 answers added, %3 changed").replace("%1", plan.path.name)
                     .replace("%2", str(len(plan.added))).replace("%3", str(len(plan.changed))))

    # -- printing -----------------------------------------------------------------------
    def _ask_scope(self) -> Scope | None:
        dialog = QDialog(self.main)
        dialog.setWindowTitle(self.tr("Print"))
        form = QFormLayout(dialog)
        choice = QComboBox(dialog)
        choice.setAccessibleName(self.tr("What to print"))
        choice.addItem(self.tr("The whole assessment"), Scope(ALL))
        for instrument_id in self.session.instruments:
            title = self.session.checklist.instrument(instrument_id).short_title
            choice.addItem(self.tr("Only the %1").replace("%1", title), Scope(INSTRUMENT, instrument_id))
        if self.main.current_article:
            choice.addItem(self.tr("Only the current article"), Scope(ARTICLE, self.main.current_article))
            choice.setCurrentIndex(choice.count() - 1)
        form.addRow(self.tr("&Print:"), choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        return choice.currentData() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _document(self, scope: Scope) -> tuple[str, PageHeader]:
        """Printouts from the window are drafts: they carry the DRAFT marking."""
        self.session.flush()
        ids = scope.article_ids(self.session.checklist, self.session.instruments)
        snapshot = take_snapshot(self.session.assessment, self.session.checklist, ids)
        header = PageHeader(snapshot.country, dt.date.today().isoformat(), draft=True,
                            rtl=snapshot.language in RTL_LANGUAGES)
        return render_html(snapshot, draft=True), header

    def print_draft(self) -> None:
        scope = self._ask_scope()
        if scope is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.main).exec() != QDialog.DialogCode.Accepted:
            return
        html, header = self._document(scope)
        pages = paint(printer, html, header)
        self._status(self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))

    def preview(self) -> None:
        scope = self._ask_scope()
        if scope is None:
            return
        html, header = self._document(scope)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.main)
        dialog.paintRequested.connect(lambda device: paint(device, html, header))
        dialog.resize(900, 1000)
        dialog.exec()
