"""Starting the program: the application, translations, the first window, and the selftest."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QStandardPaths, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from checklist.about import APP_NAME, RTL_LANGUAGES, VERSION
from checklist.loader import ContentError, default_checklist
from checklist.resources import resource_dir
from gui.context import AppContext
from gui.documents import open_assessment

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QApplication.translate("App", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(VERSION)
    install_translations(app, QLocale.system().name())
    return app


def install_translations(app: QApplication, locale: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons and dialogs) and Omnibus's own
    (resources/translations, `make translations`) in the interface language."""
    installed = []
    for name, folder in ((f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         (f"omnibus_{locale}", str(resource_dir() / "translations"))):
        translator = QTranslator(app)
        if translator.load(name, folder):  # "fr_FR" falls back to "fr"
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_interface_language(app: QApplication, code: str) -> list[QTranslator]:
    """The language chosen in View > Interface language, over the system's; "" keeps the system's."""
    if not code:
        return []
    QLocale.setDefault(QLocale(code))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    return install_translations(app, code)  # installed last, so searched first


def make_context(settings: QSettings | None = None, data_dir: Path | None = None) -> AppContext:
    if data_dir is None:
        data_dir = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return AppContext(checklist=default_checklist(), settings=settings or QSettings(), data_dir=data_dir)


def open_file(context: AppContext, path: Path, parent: QWidget | None = None):
    """Open `path` in a main window (or raise the window that has it); None on failure."""
    from gui.main_window import MainWindow

    existing = context.window_for(path)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    assessment = open_assessment(parent, path)
    if assessment is None:
        return None
    window = MainWindow(context, assessment)
    context.windows.append(window)
    context.add_recent(assessment.path)
    window.show()
    return window


def choose_and_open(context: AppContext, parent: QWidget | None = None):
    last = context.settings.value("last_file", "")
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open an assessment"),
                                          str(Path(last).parent) if last else "",
                                          _tr("Omnibus assessments (*.omnibus);;All files (*)"))
    return open_file(context, Path(path), parent) if path else None


def new_file(context: AppContext, parent: QWidget | None = None):
    from gui.messages import show_storage_error
    from gui.new_dialog import NewAssessmentDialog
    from storage.assessment import Assessment
    from storage.errors import StorageError

    dialog = NewAssessmentDialog(context.checklist, parent)
    if dialog.exec() != NewAssessmentDialog.DialogCode.Accepted:
        return None
    values = dialog.values()
    try:
        Assessment.create(values["path"], country=values["country"], instruments=values["instruments"],
                          language=values["language"], checklist_id=context.checklist.id,
                          checklist_version=context.checklist.version, program_version=VERSION).close()
    except StorageError as exc:
        show_storage_error(parent, _tr("Cannot create the assessment"), exc)
        return None
    return open_file(context, values["path"], parent)


def show_first_window(context: AppContext, path: Path | None):
    from gui.welcome import WelcomeWindow

    if path is None:
        last = context.settings.value("last_file", "")
        if last and Path(last).exists() and context.reopen_last():
            path = Path(last)
    if path is not None:
        window = open_file(context, path)
        if window is not None:
            return window
    welcome = WelcomeWindow(context)
    context.windows.append(welcome)
    welcome.show()
    return welcome


def run(path: Path | None) -> int:
    from gui.crash import install_excepthook, setup_logging

    app = make_application()
    try:
        context = make_context()
    except ContentError as exc:
        QMessageBox.critical(None, APP_NAME, _tr("The checklist content of this installation is damaged:")
                             + f"\n\n{exc.problems[0]}")
        return 1
    apply_interface_language(app, context.interface_language())
    log_path = setup_logging(context.data_dir)
    install_excepthook(context, log_path)
    log.info("%s %s starting", APP_NAME, VERSION)
    show_first_window(context, path)
    return app.exec()


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise RuntimeError(f"selftest failed: {what}")


def selftest() -> int:
    """Build the main window offscreen on a temporary assessment and exercise it: every
    article, typing, visibility, saving, and every export format read back (so a bundle that
    lacks a module, a template or the print support fails here)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import json

    from gui.exports import FORMATS, export
    from gui.main_window import MainWindow
    from storage.assessment import Assessment
    from storage.importing import apply_import, plan_import, read_submission
    from storage.submission import take_snapshot

    app = make_application()
    typed = "Selftest: ملاحظة 测试 проверка"
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        context = make_context(settings, folder)
        checklist = context.checklist
        path = folder / "selftest.omnibus"
        create = dict(country="Selftest", instruments=["untoc", "tip", "som", "firearms"], language="en",
                      checklist_id=checklist.id, checklist_version=checklist.version, program_version=VERSION)
        Assessment.create(path, **create).close()
        window = MainWindow(context, Assessment.open(path))
        window.show()
        for article_id in window.model.article_ids():
            window.navigator.select_article(article_id)
            app.processEvents()
        window.navigator.select_article("untoc.5")
        window.article_view.editor("untoc.5.1a.status").buttons["partly"].click()
        _check(window.article_view.rows["untoc.5.1a.steps"].isVisibleTo(window), "dependent question shown")
        window.article_view.editor("untoc.5.1a.steps").edit.setPlainText(typed)
        window.save_now()
        window.close()
        with Assessment.open(path, read_only=True) as check:
            answers = check.answers()
            snapshot = take_snapshot(check, checklist)
        _check(answers.get("untoc.5.1a.status") == "partly", "status saved")
        _check(answers.get("untoc.5.1a.steps") == typed, "text saved")
        sizes = {}
        for fmt in FORMATS:
            out = folder / f"selftest.{fmt}"
            export(snapshot, fmt, out, source=path, draft=True)
            sizes[fmt] = out.stat().st_size
            _check(sizes[fmt] > 0, f"{fmt} export written")
        for fmt in ("json", "xlsx"):
            copy = folder / f"from-{fmt}.omnibus"
            Assessment.create(copy, **create).close()
            with Assessment.open(copy) as target:
                plan = plan_import(checklist, target, read_submission(folder / f"selftest.{fmt}", checklist))
                apply_import(target, plan)
                _check(target.answers() == answers, f"{fmt} import gives the same answers")
        print(json.dumps({"articles_shown": len(window.model.article_ids()),
                          "questions": len(checklist.question_ids()), "export_bytes": sizes}))
    print("selftest ok")
    return 0
