"""The log file, and a dialog for unexpected errors that shows the details and loses nothing."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

log = logging.getLogger("omnibus")


def setup_logging(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "omnibus.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def last_log_lines(path: Path, count: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-count:])
    except OSError:
        return ""


class CrashDialog(QDialog):
    def __init__(self, details: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Omnibus met an unexpected problem"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Something went wrong inside Omnibus. Your answers up to this moment are saved in "
            "your assessment file. Please copy the details below and send them to whoever "
            "supports Omnibus in your ministry."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copy details"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)


def install_excepthook(context, log_path: Path) -> None:
    """Defects reach this hook: save what can be saved, log, and show the details."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        for window in list(context.windows):
            session = getattr(window, "session", None)
            if session is not None:
                try:
                    session.flush()
                except Exception:  # noqa: BLE001 - already handling a failure; log and go on
                    log.exception("flush after an unexpected error failed")
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = f"{text}\n--- last lines of {log_path} ---\n{last_log_lines(log_path)}"
        CrashDialog(details).exec()

    sys.excepthook = hook
