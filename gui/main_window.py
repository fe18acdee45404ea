"""The main window of one assessment: navigator on the left, the current article on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
)

from checklist.about import APP_NAME, RTL_LANGUAGES
from gui.article_view import ArticleView
from gui.context import AppContext
from gui.navigator import Navigator, NavigatorModel
from gui.session import Session
from storage.assessment import Assessment


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, assessment: Assessment, parent=None):
        super().__init__(parent)
        self.context = context
        self.path = assessment.path
        self.session = Session(context.checklist, assessment, self)
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.model = NavigatorModel(context.checklist, self.session.instruments, self)
        self.model.refresh(self.session.answers)
        self.navigator = Navigator(self.model, self)
        self.article_view = ArticleView(self.session, self)
        if self.session.meta.get("language") in RTL_LANGUAGES:
            self.article_view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.article_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 760])
        self.setCentralWidget(self.splitter)

        self.banner = None
        if self.session.read_only:
            self.banner = QLabel(self.tr("Read-only: this file cannot be changed. You can read and "
                                         "export it."), self)
            self.banner.setObjectName("readOnlyBanner")
            self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;")
        self.save_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_menus()
        if self.banner is not None:
            self.statusBar().insertWidget(0, self.banner, 1)

        self.navigator.article_selected.connect(self._show_article)
        self.session.answer_changed.connect(self._answer_changed)
        self.session.saving.connect(lambda: self.save_label.setText(self.tr("Saving…")))
        self.session.saved.connect(lambda: self.save_label.setText(self.tr("All changes saved")))
        self.session.save_failed.connect(self._save_failed)
        self._update_title()
        self._restore_geometry()
        first = next((a for a in self.model.article_ids()
                      if not context.checklist.article(a).informational), self.model.article_ids()[0])
        self.navigator.select_article(first)
        self.save_label.setText(self.tr("Read-only") if self.session.read_only else self.tr("All changes saved"))

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = self._action(file_menu, self.tr("&New…"), QKeySequence.StandardKey.New,
                                       self._new)
        self.action_open = self._action(file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                        self._open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.action_save = self._action(file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save,
                                        self.save_now)
        self.action_close = self._action(file_menu, self.tr("&Close"), QKeySequence.StandardKey.Close,
                                         self.close)
        file_menu.addSeparator()
        self.action_quit = self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                        self._quit)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.action_next = self._action(go_menu, self.tr("&Next article"),
                                        QKeySequence("Ctrl+PgDown"), lambda: self._step(1))
        self.action_previous = self._action(go_menu, self.tr("&Previous article"),
                                            QKeySequence("Ctrl+PgUp"), lambda: self._step(-1))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Omnibus"), None, self._about)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        from gui.app import open_file

        self.recent_menu.clear()
        for path in self.context.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: open_file(self.context, p, self))
        self.recent_menu.setEnabled(bool(self.context.recent_files()))

    def _new(self) -> None:
        from gui.app import new_file

        new_file(self.context, self)

    def _open(self) -> None:
        from gui.app import choose_and_open

        choose_and_open(self.context, self)

    def _quit(self) -> None:
        for window in list(self.context.windows):
            if not window.close():
                return

    def _about(self) -> None:
        from checklist.about import VERSION

        checklist = self.context.checklist
        QMessageBox.about(self, self.tr("About Omnibus"), self.tr(
            "%1 %2\nSelf-assessment checklist %3, version %4.\nWorks without any network connection.")
            .replace("%1", APP_NAME).replace("%2", VERSION).replace("%3", checklist.id)
            .replace("%4", checklist.version))

    # -- behaviour ----------------------------------------------------------------------------
    def _update_title(self) -> None:
        country = self.session.meta.get("country", "")
        suffix = self.tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(f"{country} – {self.path.name}{suffix} – {APP_NAME}")

    def _show_article(self, article_id: str) -> None:
        self.session.flush()
        article = self.context.checklist.article(article_id)
        self.article_view.show_article(article)
        self.current_article = article_id

    def _step(self, delta: int) -> None:
        ids = self.model.article_ids()
        current = getattr(self, "current_article", ids[0])
        position = (ids.index(current) + delta) % len(ids)
        self.navigator.select_article(ids[position])

    def _answer_changed(self, question_id: str) -> None:
        article, _ = self.context.checklist.owner(question_id)
        self.model.refresh(self.session.answers, [article.id])

    def _save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Not saved yet: retrying"))
        self.statusBar().showMessage(message, 10000)

    def save_now(self) -> None:
        if self.session.read_only:
            self.statusBar().showMessage(self.tr("This file is read-only; nothing to save."), 4000)
            return
        if self.session.flush():
            self.save_label.setText(self.tr("All changes saved"))
            self.statusBar().showMessage(self.tr("All changes are saved in %1").replace("%1", str(self.path)), 4000)

    def _restore_geometry(self) -> None:
        geometry = self.context.settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)
        splitter = self.context.settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.session.read_only and not self.session.flush():
            answer = QMessageBox.warning(
                self, self.tr("Changes not saved"),
                self.tr("Some changes could not be saved yet:\n%1\n\nClose anyway and lose them?")
                .replace("%1", self.session.last_error),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.context.settings.setValue("main/geometry", self.saveGeometry())
        self.context.settings.setValue("main/splitter", self.splitter.saveState())
        self.session.assessment.close()
        if self in self.context.windows:
            self.context.windows.remove(self)
        event.accept()
