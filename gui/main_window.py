"""The main window of one assessment: filter bar and navigator on the left, the current
article on the right, search in a panel beside it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checklist import filters, progress
from checklist.about import APP_NAME, LANGUAGES, RTL_LANGUAGES
from checklist.filters import Filter
from checklist.search import Hit
from gui.article_view import ArticleView
from gui.context import TEXT_SCALES, AppContext
from gui.filter_bar import FilterBar
from gui.navigator import Navigator, NavigatorModel
from gui.output import OutputActions
from gui.search import SearchPanel
from gui.session import Session
from gui.undo import Editing, redo_keys, undo_keys
from storage.assessment import Assessment

REFILTER_MS = 400  # after typing stops, the filter catches up with the answers


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, assessment: Assessment, parent=None):
        super().__init__(parent)
        self.context = context
        self.path = assessment.path
        self.session = Session(context.checklist, assessment, self)
        self.editing = Editing(self.session, self)
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_article: str | None = None
        self.filter = Filter()

        self.filter_bar = FilterBar(context.checklist, self)
        self.filter_bar.set_agencies(self.session.meta.get("agencies", []))
        self.model = NavigatorModel(context.checklist, self.session.instruments, self)
        self.model.refresh(self.session.answers, self.session.flagged)
        self.navigator = Navigator(self.model, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.navigator, 1)
        self.article_view = ArticleView(self.editing, self)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.article_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 760])
        self.setCentralWidget(self.splitter)

        self.search = SearchPanel(self.session, context.checklist, self)
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search)
        self.search_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()

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

        self._refilter_timer = QTimer(self)
        self._refilter_timer.setSingleShot(True)
        self._refilter_timer.timeout.connect(self._apply_filter)
        self.navigator.article_selected.connect(self._show_article)
        self.navigator.provision_selected.connect(self._show_provision)
        self.filter_bar.changed.connect(self._filter_changed)
        self.search.chosen.connect(self.show_hit)
        self.article_view.history_requested.connect(self.show_history)
        self.article_view.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.editing.reveal.connect(self.reveal_question)
        self.session.answer_changed.connect(self._answer_changed)
        self.session.note_changed.connect(self._answer_changed)
        self.session.meta_changed.connect(self._meta_changed)
        self.session.saving.connect(lambda: self.save_label.setText(self.tr("Saving…")))
        self.session.saved.connect(lambda: self.save_label.setText(self.tr("All changes saved")))
        self.session.save_failed.connect(self._save_failed)
        self._update_title()
        self._apply_language_direction()
        self._apply_text_scale()
        self._restore_geometry()
        ids = self.model.article_ids()
        first = next((a for a in ids if not context.checklist.article(a).informational), ids[0])
        self.navigator.select_article(first)
        self.save_label.setText(self.tr("Read-only") if self.session.read_only else self.tr("All changes saved"))

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_go_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Omnibus"), None, self._about)
        extension = self.menuBar().findChild(QToolButton, "qt_menubar_ext_button")
        if extension is not None:  # Qt's unlabelled » button when the menus do not fit
            extension.setAccessibleName(self.tr("More menus"))

    def _build_file_menu(self) -> None:
        """File: documents in and out. Export, Print and Print Preview go in the output section."""
        menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = self._action(menu, self.tr("&New…"), QKeySequence.StandardKey.New, self._new)
        self.action_open = self._action(menu, self.tr("&Open…"), QKeySequence.StandardKey.Open, self._open)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self.action_save = self._action(menu, self.tr("&Save"), QKeySequence.StandardKey.Save, self.save_now)
        self.action_properties = self._action(menu, self.tr("Propert&ies…"), QKeySequence("Ctrl+I"),
                                              self.show_properties)
        # Output section: Export…, Print… and Print Preview… are inserted before this separator.
        self.file_output_section = menu.addSeparator()
        self.output = OutputActions(self)
        self.action_close = self._action(menu, self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        menu.addSeparator()
        self.action_quit = self._action(menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self._quit)

    def _build_edit_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.action_undo = self.editing.stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcuts(undo_keys())
        self.action_redo = self.editing.stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcuts(redo_keys())
        menu.addAction(self.action_undo)
        menu.addAction(self.action_redo)
        menu.addSeparator()
        self.action_find = self._action(menu, self.tr("&Find…"), QKeySequence.StandardKey.Find, self.start_search)
        menu.addSeparator()
        self.action_comment = self._action(menu, self.tr("&Comment on this question"), QKeySequence("Ctrl+Shift+M"),
                                           self._comment_current)
        self.action_flag = self._action(menu, self.tr("F&lag this question for follow-up"),
                                        QKeySequence("Ctrl+Shift+L"), self._flag_current)
        self.action_history = self._action(menu, self.tr("&History of this answer…"), QKeySequence("Ctrl+Shift+H"),
                                           lambda: self.show_history(self.article_view.current_question()))

    def _build_view_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&View"))
        self.action_progress = self._action(menu, self.tr("&Progress…"), QKeySequence("Ctrl+Shift+P"),
                                            self.show_progress)
        self.action_search_panel = self.search_dock.toggleViewAction()
        self.action_search_panel.setText(self.tr("&Search panel"))
        menu.addAction(self.action_search_panel)
        menu.addSeparator()
        self.action_larger = self._action(menu, self.tr("&Larger text"), None,
                                          lambda: self._step_text_scale(1))
        self.action_larger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.action_smaller = self._action(menu, self.tr("S&maller text"), QKeySequence.StandardKey.ZoomOut,
                                           lambda: self._step_text_scale(-1))
        self.action_normal = self._action(menu, self.tr("&Normal text size"), QKeySequence("Ctrl+0"),
                                          lambda: self._set_text_scale(100))
        menu.addSeparator()
        self.language_menu = menu.addMenu(self.tr("Interface lan&guage"))
        group = QActionGroup(self)
        chosen = self.context.interface_language()
        self.language_actions: dict[str, QAction] = {}
        # Each language by its own name (Français, العربية), as people look for their own.
        names = [("", self.tr("&System language"))] + [(c, QLocale(c).nativeLanguageName()) for c in LANGUAGES]
        for code, name in names:
            action = group.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self._set_interface_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _build_go_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Go"))
        self.action_next = self._action(menu, self.tr("&Next article"), QKeySequence("Ctrl+PgDown"),
                                        lambda: self._step(1))
        self.action_previous = self._action(menu, self.tr("&Previous article"), QKeySequence("Ctrl+PgUp"),
                                            lambda: self._step(-1))
        self.action_next_unanswered = self._action(menu, self.tr("Next &unanswered required question"),
                                                   QKeySequence("F3"), self.next_unanswered)
        menu.addSeparator()
        self.action_focus_navigator = self._action(menu, self.tr("&Articles list"), QKeySequence("Ctrl+1"),
                                                   lambda: self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.action_focus_article = self._action(menu, self.tr("&Questions"), QKeySequence("Ctrl+2"),
                                                 self._focus_article)
        self.action_focus_filter = self._action(menu, self.tr("&Filter"), QKeySequence("Ctrl+3"),
                                                self.filter_bar.setFocus)

    def _action(self, menu: QMenu, text: str, shortcut, slot) -> QAction:
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

    # -- moving around ----------------------------------------------------------------------
    def _update_title(self) -> None:
        country = self.session.meta.get("country", "")
        suffix = self.tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(f"{country} – {self.path.name}{suffix} – {APP_NAME}")

    def _show_article(self, article_id: str) -> None:
        if article_id == self.current_article and self.article_view.article is not None:
            return
        self.session.flush()
        self.article_view.show_article(self.context.checklist.article(article_id))
        self.current_article = article_id

    def _show_provision(self, provision_id: str) -> None:
        article, _ = self.context.checklist.owner(self.context.checklist.provision(provision_id).questions[0].id)
        self._show_article(article.id)
        self.article_view.reveal(provision_id=provision_id)

    def go_to(self, article_id: str, question_id: str | None = None, provision_id: str | None = None) -> None:
        self._show_article(article_id)
        self.navigator.select(article_id)
        if question_id or provision_id:
            self.article_view.reveal(question_id, provision_id)

    def reveal_question(self, question_id: str) -> None:
        article, provision = self.context.checklist.owner(question_id)
        self.go_to(article.id, question_id, provision.id if provision else None)

    def show_hit(self, hit: Hit) -> None:
        self.go_to(hit.article_id, hit.question_id, hit.provision_id)

    def _step(self, delta: int) -> None:
        """Next or previous article among those the filter shows."""
        every = self.model.article_ids()
        shown = self.navigator.visible_article_ids() or every
        current = self.current_article or shown[0]
        if current in shown:
            position = (shown.index(current) + delta) % len(shown)
        else:  # the current article is filtered out: go to the nearest one shown
            after = [a for a in shown if every.index(a) > every.index(current)]
            before = [a for a in shown if every.index(a) < every.index(current)]
            position = shown.index((after[0] if after else shown[0]) if delta > 0
                                   else (before[-1] if before else shown[-1]))
        self.navigator.select_article(shown[position])

    def next_unanswered(self) -> None:
        """F3: the next required question still unanswered, after the one being edited."""
        checklist = self.context.checklist
        after = self.article_view.current_question()
        if after is None and self.current_article:
            order = progress.reading_order(checklist, self.session.instruments)
            first = checklist.article(self.current_article).all_questions
            position = order.index(first[0]) if first else 0
            after = order[position - 1].id if position > 0 else None
        found = progress.next_unanswered(checklist, self.session.instruments, self.session.answers, after)
        if found is None:
            self.statusBar().showMessage(self.tr("Every required question is answered."), 6000)
            return
        self.reveal_question(found)

    def start_search(self) -> None:
        self.search_dock.show()
        self.search.start()

    def _focus_article(self) -> None:
        rows = [r for r in self.article_view.rows.values() if r.isVisibleTo(self.article_view)]
        if rows:
            self.article_view.reveal(rows[0].question.id)
        else:
            self.article_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- answers, filter, properties ----------------------------------------------------------
    def _answer_changed(self, question_id: str) -> None:
        article, _ = self.context.checklist.owner(question_id)
        self.model.refresh(self.session.answers, self.session.flagged, [article.id])
        if self.filter.active:
            self._refilter_timer.start(REFILTER_MS)

    def _filter_changed(self, value: Filter) -> None:
        self.filter = value
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._refilter_timer.stop()
        matches = None
        if self.filter.active:
            matches = filters.matching(self.context.checklist, self.session.instruments, self.filter,
                                       self.session.answers, self.session.notes())
        self.navigator.set_matches(matches)

    def _comment_current(self) -> None:
        question_id = self.article_view.current_question()
        if question_id:
            self.article_view.rows[question_id].comment_button.setChecked(True)

    def _flag_current(self) -> None:
        question_id = self.article_view.current_question()
        if question_id:
            self.article_view.rows[question_id].flag_button.click()

    def show_history(self, question_id: str | None) -> None:
        from gui.history_dialog import HistoryDialog

        if not question_id:
            self.statusBar().showMessage(self.tr("Move to a question first, then ask for its history."), 6000)
            return
        self.session.flush()
        HistoryDialog(self.editing, question_id, self).open()

    def show_properties(self) -> None:
        from gui.properties_dialog import PropertiesDialog

        PropertiesDialog(self.session, self).open()

    def show_progress(self) -> None:
        from gui.progress_view import ProgressDialog

        ProgressDialog(self.session, self).open()

    def _meta_changed(self) -> None:
        self._update_title()
        self._apply_language_direction()
        self.filter_bar.set_agencies(self.session.meta.get("agencies", []))
        if list(self.session.instruments) != [n.id for n in self.model.roots]:
            self._rebuild_navigator()
        elif self.filter.active:
            self._apply_filter()
        if self.current_article:
            article = self.current_article
            self.current_article = None
            self._show_article(article)  # its heading names the assigned agency

    def _rebuild_navigator(self) -> None:
        self.model = NavigatorModel(self.context.checklist, self.session.instruments, self)
        self.model.refresh(self.session.answers, self.session.flagged)
        self.navigator.source = self.model
        self.navigator.proxy.setSourceModel(self.model)
        self._apply_filter()
        if self.current_article not in self.model.article_ids():
            self.current_article = None
            self.navigator.select_article(self.model.article_ids()[0])

    def _apply_language_direction(self) -> None:
        """An Arabic submission is written right to left: the answers' side follows it."""
        rtl = self.session.meta.get("language") in RTL_LANGUAGES
        self.article_view.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                             else QApplication.layoutDirection())

    # -- settings ---------------------------------------------------------------------------------
    def _step_text_scale(self, delta: int) -> None:
        scale = self.context.text_scale()
        position = max(0, min(len(TEXT_SCALES) - 1, TEXT_SCALES.index(scale) + delta))
        self._set_text_scale(TEXT_SCALES[position])

    def _set_text_scale(self, scale: int) -> None:
        self.context.set_text_scale(scale)
        for window in self.context.windows:
            if isinstance(window, MainWindow):
                window._apply_text_scale()
        self.statusBar().showMessage(self.tr("Text size: %1%").replace("%1", str(scale)), 3000)

    def _apply_text_scale(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.context.text_scale() / 100)
        self.setFont(font)
        if self.current_article:  # headings and prompts derive their fonts when built
            article, self.current_article = self.current_article, None
            self._show_article(article)

    def _set_interface_language(self, code: str) -> None:
        self.context.set_interface_language(code)
        QMessageBox.information(self, self.tr("Interface language"),
                                self.tr("Omnibus will use this language the next time it starts."))

    # -- saving and closing ----------------------------------------------------------------------
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
        state = self.context.settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

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
        self.context.settings.setValue("main/state", self.saveState())
        self.session.assessment.close()
        if self in self.context.windows:
            self.context.windows.remove(self)
        event.accept()
